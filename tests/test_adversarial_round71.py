"""Adversarial review 71 (of round 71's ingest and draft changes): what it found losing text, each kept now."""

from __future__ import annotations

import pytest

from pipeline.render.fit import applies_to


@pytest.mark.parametrize("text, kept", [
    ("5.2 Where an amendment is put, the minutes will record that\nthe amendment was lost (3 for, 7 against).\n",
     "Where an amendment is put, the minutes will record that the amendment was lost (3 for, 7 against)."),
    ("4.1 Supervision meetings with the Clerk (see Appendix B)\nheld in the Clerk's office, with notes kept by the "
     "Chair of the\nStaffing Committee, are confidential and the notes are not shared.\n",
     "Supervision meetings with the Clerk (see Appendix B) held in the Clerk's office, with notes kept by the Chair of "
     "the Staffing Committee, are confidential and the notes are not shared."),
    ("9.2 This protocol was adopted by the Council on 3 May 2024\n(Minute 24/051). Review date: within two years, or "
     "sooner\nif the law changes.\n",
     "This protocol was adopted by the Council on 3 May 2024 (Minute 24/051). Review date: within two years, or sooner "
     "if the law changes."),
    ("3.4 Councillors must not share papers\nmarked for internal use only, without first asking the Clerk.\n",
     "Councillors must not share papers marked for internal use only, without first asking the Clerk."),
])
def test_a_rules_wrapped_line_worded_like_a_record_stays_in_the_rule(seg, text, kept):
    assert kept in [c.text for c in seg(text).clauses]


def test_item_c_naming_a_bodys_handbook_is_no_copyright_line(seg):
    doc = seg("2.1 Staff must also follow:\n(a) the Employee Code of Conduct;\n(b) the Dignity at Work Policy; and\n"
              "(c) Kestlebury Town Council Staff Handbook 2024.\n")
    assert "Kestlebury Town Council Staff Handbook 2024." in [c.text for c in doc.clauses]


def test_a_ban_on_invitations_before_an_election_fits_a_parish():
    assert "parish" in applies_to("Councillors must not invite officers to events during the two weeks before an "
                                  "election.", "parish")


def test_a_later_definition_that_grants_a_permission_is_kept():
    import re

    from pipeline.render.draft import DraftClause, DraftSection, _definitions_used
    from pipeline.resources import load_rules

    rx = re.compile(load_rules("draft.yaml")["definition"], re.I)
    first = DraftClause("1.3", "'Councillor' means a member of the Council.", ["A clause 1"], "context", [])
    may = DraftClause("1.4", "'Councillor' includes a co-opted member, who may vote on any matter.", ["B clause 1"],
                      "context", [])
    uses = DraftClause("2.1", "Every Councillor must treat officers with respect.", ["C clause 2"], "prohibition", [])
    sec = DraftSection(1, "introduction", "Introduction", [first, may, uses], [])
    _definitions_used([sec], rx, lambda c: False)
    assert sec.clauses == [first, may, uses]

