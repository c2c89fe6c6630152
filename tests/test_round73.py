"""Round 73: what its first run found. A list of counts after their labels' colons is text, not a table of
contents; what a meeting lacked, its adjournment, a motion's proposer and seconder and a vote's bare counts are its
record; an image's caption under its label, a bilingual name line and a document history's entries are furniture.
Each with the rule that must stay text."""

from __future__ import annotations

import pytest

from conftest import furniture_reasons


def test_counts_after_their_labels_colons_are_text_not_contents(tmp_path):
    from docx import Document as Docx

    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment
    d = Docx()
    d.add_paragraph("3.1 The Monitoring Officer received 27 complaints about councillors' conduct towards officers.")
    d.add_paragraph("3.2 The complaints were dealt with as follows:")
    for item in ("no further action following initial assessment: 14",
                 "resolved informally, for example by an apology: 8", "referred for formal investigation: 4",
                 "still under assessment at 31 March 2024: 1"):
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph("3.3 Officers must report any concern to their line manager.")
    path = tmp_path / "report.docx"
    d.save(path)
    doc = segment(read(path))
    texts = [c.text for c in doc.clauses]
    assert "referred for formal investigation: 4" in texts and "no further action following initial assessment: 14" \
        in texts
    assert not any(f.reason == "table of contents" for f in doc.furniture)


def test_a_contents_list_with_page_numbers_is_still_contents(seg):
    doc = seg("Contents\n\nIntroduction 2\nRoles 3\nRaising concerns 5\n\nIntroduction\n\n1. Officers serve the Council."
              "\n\nRoles\n\n2. Councillors set policy.\n\nRaising concerns\n\n3. Concerns go to the Chief Executive.\n")
    assert [c.clause_id for c in doc.clauses] == ["1", "2", "3"]


MINUTES = """HARNFORD DISTRICT COUNCIL
STANDARDS SUB-COMMITTEE

1. Apologies

There were no apologies for absence.

2. Protocol

Councillors must not put officers under pressure to change a recommendation.
(The Sub-Committee adjourned at 11.40 am to deliberate in private and reconvened at 12.25 pm.)
Cllr Hale proposed and Cllr Osei seconded the recommendations in the report, with an amendment to recommendation (c) to allow urgent requests by telephone.
For 9, against 1, abstentions 1. Cllr Voss asked that her vote against be recorded.
"""


def test_what_a_meeting_lacked_its_adjournment_a_proposal_and_bare_counts_are_its_record(seg):
    doc = seg(MINUTES)
    assert [c.text for c in doc.clauses] == ["Councillors must not put officers under pressure to change a "
                                             "recommendation."]
    f = furniture_reasons(doc)
    for line in ("There were no apologies for absence.",
                 "(The Sub-Committee adjourned at 11.40 am to deliberate in private and reconvened at 12.25 pm.)",
                 "For 9, against 1, abstentions 1. Cllr Voss asked that her vote against be recorded."):
        assert f[line] == "meeting record", line
    assert any(t.startswith("Cllr Hale proposed and Cllr Osei seconded") and r == "meeting record" for t, r in f.items())


@pytest.mark.parametrize("line", [
    "There were no apologies, so councillors must now sign the register.",
    "The Committee adjourned at 8.00 pm because councillors must not discuss the matter in public.",
    "Cllr Hale proposed and Cllr Osei seconded that officers must reply within ten days."])
def test_a_record_with_a_rule_in_it_stays_text(seg, line):
    doc = seg(f"1. Officers serve the Council.\n\n{line}\n")
    assert len(doc.clauses) == 2


def test_an_image_caption_a_bilingual_name_line_and_a_history_entry_are_furniture(seg):
    doc = seg("Bryn Teifi County Borough Council | Cyngor Bwrdeistref Sirol Bryn Teifi\n\n"
              "Image: Calderholme Town Hall, where Full Council met on 26 September\n\n"
              "1. Councillors must treat officers with respect.\n\n2. Officers must give impartial advice.\n\n"
              "Document history\n\nMay 2022: Sections 7 and 8 updated; social media added.\n"
              "September 2023: Contact details and officer titles updated.\n")
    assert [c.clause_id for c in doc.clauses] == ["1", "2"]
    f = furniture_reasons(doc)
    assert f["Image: Calderholme Town Hall, where Full Council met on 26 September"] == "image caption"
    assert f["May 2022: Sections 7 and 8 updated; social media added."] == "document details"
    assert "Bryn Teifi County Borough Council | Cyngor Bwrdeistref Sirol Bryn Teifi" in f


def test_a_dated_rule_and_a_captioned_rule_stay_text(seg):
    doc = seg("1. May 2025: councillors must complete the training before the elections.\n\n"
              "2. Photo: councillors must not use council images for campaigning.\n")
    assert len(doc.clauses) == 2
