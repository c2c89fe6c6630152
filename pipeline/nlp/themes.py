"""Themes: resources/themes.yaml loaded and checked, and a plain phrase finder.

Each theme has ``phrases``, which show the theme on their own ("code of conduct", "bullying"),
and may have ``weak`` words, common words that show it only with support ("advice", "formal",
"monitoring officer"): a second word of the same theme in the clause, or the theme in its lead-in
or section. ``find_theme_phrases(text, context)`` returns, for every theme so shown, the words as
they stand in the text; ``theme_words(text)`` every theme any of whose words the text holds
(the evidence of a theme the trained model gives). The trained models (classifier.py) decide the
themes from these matches in the clause, its lead-in and its section together with the clause's
words, so that no single common word decides a theme alone; the words found are kept as the
theme's evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import load_rules

ENDINGS = ("", "s", "es", "d", "ed", "ing")


@lru_cache(maxsize=None)
def load_themes() -> dict[str, dict]:
    """resources/themes.yaml: theme id -> {label, phrases, weak} (strict: every theme needs a label
    and phrases; ``weak`` is optional)."""
    themes = load_rules("themes.yaml").get("themes") or {}
    for tid, t in themes.items():
        if not isinstance(t, dict) or not t.get("label") or not t.get("phrases"):
            raise ValueError(f"themes.yaml: theme '{tid}' needs a label and a list of phrases")
        if not isinstance(t.get("weak", []), list):
            raise ValueError(f"themes.yaml: theme '{tid}': 'weak' must be a list of words")
    return themes


def theme_ids() -> list[str]:
    return list(load_themes())


def _norm(words: str) -> str:
    return re.sub(r"[\s-]+", " ", words.lower()).strip()


@lru_cache(maxsize=None)
def _patterns() -> dict[str, tuple[re.Pattern, dict[str, str]]]:
    """One pattern per theme: its phrases and weak words, longest first, words joined by spaces or
    hyphens, with an optional plural or verb ending ("briefing" also finds "briefings"); and the
    weak forms (each weak word with every ending, unless it is a phrase itself) -> the weak word."""
    out = {}
    for tid, theme in load_themes().items():
        strong = {_norm(str(p)) for p in theme["phrases"]}
        weak = {_norm(str(p)) for p in theme.get("weak") or []} - strong
        words = sorted(strong | weak, key=len, reverse=True)
        alts = "|".join(r"[\s-]+".join(map(re.escape, p.split())) for p in words)
        forms = {w + e: w for w in sorted(weak) for e in ENDINGS if w + e not in strong}
        out[tid] = (re.compile(rf"\b(?:{alts})(?:s|es|d|ed|ing)?\b", re.I), forms)
    return out


@lru_cache(maxsize=50000)
def _matches(text: str) -> dict[str, tuple[str | None, list[tuple[str, str]]]]:
    """theme id -> (the first phrase found, as written; [(weak word, as written), ...])."""
    found = {}
    for tid, (pattern, forms) in _patterns().items():
        strong, weak = None, []
        for m in pattern.finditer(text or ""):
            base = forms.get(_norm(m.group(0)))
            if base is None:
                strong = strong or m.group(0)
                break
            weak.append((base, m.group(0)))
        if strong or weak:
            found[tid] = (strong, weak)
    return found


def find_theme_phrases(text: str, context: str = "") -> dict[str, str]:
    """theme id -> the words of ``text`` that show that theme: its first phrase, or a weak word
    where a second, different weak word of the theme is in ``text`` or any word of the theme is in
    ``context`` (the clause's lead-in and section)."""
    around = _matches(context) if context else {}
    found = {}
    for tid, (strong, weak) in _matches(text).items():
        if strong:
            found[tid] = strong
        elif len({base for base, _ in weak}) >= 2 or tid in around:
            found[tid] = weak[0][1]
    return found


def theme_words(text: str) -> dict[str, str]:
    """theme id -> the first of its phrases or weak words found in ``text`` (as written there)."""
    return {tid: strong or weak[0][1] for tid, (strong, weak) in _matches(text).items()}
