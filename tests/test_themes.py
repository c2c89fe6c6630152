"""Theme words: a phrase shows its theme alone; a common (weak) word needs support."""

from __future__ import annotations

import pytest

from pipeline.nlp.themes import find_theme_phrases, load_themes, theme_words


@pytest.mark.parametrize("text,theme", [
    ("Councillors should not put pressure on officers to change a report.", "undue_pressure"),
    ("Officers must give impartial professional advice to all councillors.", "professional_advice"),
    ("Members must comply with the Code of Conduct at all times.", "code_of_conduct"),
    ("If the matter cannot be resolved informally, it will be referred to the Staffing Committee.", "informal_formal"),
])
def test_a_phrase_shows_its_theme_alone(text, theme):
    assert theme in find_theme_phrases(text)


@pytest.mark.parametrize("text,theme", [
    ("The Clerk will circulate the agenda at least three clear days before the first meeting.", "informal_formal"),
    ("Officers will advise the committee on the legal position.", "professional_advice"),
    ("Members act in the interests of the whole community.", "lobbying_interests"),
    ("The Monitoring Officer will keep the register up to date.", "complaints_route"),
    ("Please follow the council's news online.", "press_media"),
])
def test_a_single_common_word_does_not_decide_a_theme(text, theme):
    assert theme not in find_theme_phrases(text)
    assert theme in theme_words(text)  # still found, as evidence for a theme the model gives


def test_a_common_word_counts_with_a_second_word_or_its_lead_in():
    text = "If it is not resolved at the first stage, the formal procedure applies."
    assert find_theme_phrases(text)["informal_formal"] == "resolved"
    assert "professional_advice" in find_theme_phrases("seek advice;", "Officers will advise councillors and:")
    assert "professional_advice" not in find_theme_phrases("seek advice;", "Before a meeting, councillors should:")


def test_weak_words_are_not_also_phrases():
    for tid, theme in load_themes().items():
        assert not set(theme.get("weak") or []) & set(theme["phrases"]), tid
