"""Themes: resources/themes.yaml loaded and checked, and the phrase matcher that finds them in a parsed clause."""

from __future__ import annotations

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


def _theme_matcher(nlp):
    """Phrase matchers on lower-cased words and on lemmas (patterns lemmatised by the
    pipeline built so far): "Monitoring Officer" matches as written, "bullied" as "bully"."""
    from spacy.matcher import PhraseMatcher

    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
    for tid, theme in load_themes().items():
        phrases = [p.lower() for p in theme["phrases"]]
        lower.add(tid, [nlp.make_doc(p) for p in phrases])
        lemma.add(tid, list(nlp.pipe(phrases)))

    def match(doc) -> list[str]:
        return sorted({nlp.vocab.strings[mid] for m in (lower, lemma) for mid, _, _ in m(doc)})

    return match
