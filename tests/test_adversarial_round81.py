"""Adversarial review 81: what it found in round 80's changes, each fixed and kept fixed. A table of deadlines under the
tasks' names, of who decides each stage, of which meetings are open or of enquiries' priorities keeps its cells (only an
action plan's tracking columns, beside a column of actions, are furniture); a numbered heading "Nominated Councillor
Champions" stays a heading; "Who may be present:" and the roles under it stay text; item (c) of a list that names a
council stays; a title "Issue log / How concerns are handled" is no document control's; a "should not" list and a
conditioned "must not" list are not joined; two steps on the same "When the Clerk is absent," are two points."""

from __future__ import annotations

import pytest

from conftest import furniture_reasons

TABLES = """# Arrangements

The table below shows which meetings are open to the public.

| Meeting | Public access |
|---|---|
| Full Council | Open |
| Planning Committee | Open |
| Staffing Committee | Closed |

| Enquiry type | Priority |
|---|---|
| Safeguarding concern raised by a councillor | High |
| Ward casework | Medium |

| Task | Deadline | Responsible officer |
|---|---|---|
| Annual accounts approved by full council | 30 June 2025 | Responsible Financial Officer |
| Register of interests updated and published | 31 May 2025 | Monitoring Officer |

| Stage | Timescale | Who |
|---|---|---|
| Informal resolution with the officer concerned | by 31 March 2025 | Line Manager |
| Formal complaint to the Council | by 30 June 2025 | Head of Paid Service |
"""


def test_tables_of_access_priorities_deadlines_and_routes_keep_their_cells(seg):
    doc = seg(TABLES, suffix=".md")
    texts = [c.text for c in doc.clauses]
    for cell in ("Open", "Closed", "High", "30 June 2025", "Responsible Financial Officer", "by 31 March 2025",
                 "Head of Paid Service"):
        assert cell in texts, cell
    assert not any(f.reason.startswith("action table") for f in doc.furniture)


def test_a_numbered_heading_that_opens_like_a_nomination_stays_a_heading(seg):
    doc = seg("1. Nominated Councillor Champions\n\nThe Council appoints councillors to champion particular topics. "
              "A champion must report to Full Council each year.\n\n2. Proposed Councillor Allowances\n\nThe independent "
              "panel recommends allowances. Councillors must claim allowances within two months.\n")
    assert [c.section[-1] for c in doc.clauses] == ["Nominated Councillor Champions", "Proposed Councillor Allowances"]
    assert not furniture_reasons(doc)


def test_who_may_be_present_and_the_roles_under_it_are_text(seg):
    doc = seg("1. Exempt business\n\nWhen the public are excluded, only the following may stay in the room.\n\n"
              "Who may be present:\nThe Chair - Decides Who Speaks\nCouncillors - Voting Members Only\n"
              "The Clerk - Adviser to the Council\n")
    assert not furniture_reasons(doc)
    assert "The Chair - Decides Who Speaks" in " ".join(c.text for c in doc.clauses)


def test_item_c_of_a_list_that_names_a_council_stays(seg):
    doc = seg("1. Copies\n\nThe Clerk will send a copy of this protocol to:\n(a) every councillor;\n"
              "(b) www.hampshire.gov.uk/standards\n(c) Hampshire County Council\n")
    assert "Hampshire County Council" in [c.text for c in doc.clauses]


def test_a_title_with_a_slash_is_no_document_control_unless_one_half_is_welsh(seg):
    doc = seg("| Issue log / How concerns are handled | |\n|---|---|\n| Concern about an officer | Raise it with the "
              "officer's line manager first |\n| Concern about a councillor | Refer it to the Monitoring Officer |\n\n"
              "Councillors must treat officers with respect.\n", suffix=".md")
    assert "Refer it to the Monitoring Officer" in [c.text for c in doc.clauses]
    assert not furniture_reasons(doc).get("Concern about a councillor")


def test_two_steps_on_a_condition_about_no_matter_are_two_points():
    from pipeline.render.similarity import same_condition

    assert not same_condition("When the Clerk is absent, the Deputy Clerk will act.",
                              "When the Clerk is absent, the Chair may sign urgent correspondence.")
    assert not same_condition("If it is urgent and out of hours, ring the duty officer.",
                              "If this is urgent and out of hours, the Chair may act.")


# Adversarial review 82, of the fixes above: only a table headed as an action plan ("Action", "Status") is one
PROCEDURE = """## Complaints route

| Stage | What happens | Who decides | By when |
|---|---|---|---|
| Informal | The line manager meets the councillor and the officer to talk it through | Line Manager | 31 March 2025 |
| Formal | The Monitoring Officer assesses the written complaint with the Independent Person | Monitoring Officer | 30 June 2025 |

## Enquiries

| Ref | Type of enquiry | Priority | Who responds |
|---|---|---|---|
| E1 | A safeguarding concern raised by a councillor about a resident | High | Director |
| E2 | A general request for information about a council service | Low | Service Manager |

## Action plan

| Action | Owner | Due date | Status |
|---|---|---|---|
| Publish the protocol | Monitoring Officer | 31 May 2025 | Complete |
| Train new councillors | Head of HR | 30 June 2025 | Not started |
"""


def test_only_a_table_headed_as_an_action_plan_loses_its_tracking_cells(seg):
    doc = seg(PROCEDURE, suffix=".md")
    texts = [c.text for c in doc.clauses]
    for cell in ("Line Manager", "31 March 2025", "High", "Service Manager"):
        assert cell in texts, cell
    reasons = furniture_reasons(doc)
    # (short actions, read as the rows' names, still have their owners, dates and statuses recorded)
    assert reasons["Complete"] == reasons["31 May 2025"] == "action table: status or date"
    assert reasons["Head of HR"] == "action table: owner"


def test_roles_under_in_attendance_are_text_and_a_welsh_control_title_in_other_words_is_one(seg):
    from pipeline.ingest.clutter import control_title

    doc = seg("1. Exempt business\n\nIn attendance:\nThe Chair - Decides Who Speaks\nHead of Paid Service - Chief "
              "Executive\n")
    assert not furniture_reasons(doc)
    assert control_title("Rheoli'r Ddogfen / Document control") and control_title("Cofnod newidiadau / Change log")
    assert not control_title("Issue log / How concerns are handled")


# Adversarial review 83, of round 80's last two ingest rules
@pytest.mark.parametrize("ending", ["in the following categories:-", "as follows", "Examples of hospitality that need "
                                                                                    "not be registered include"])
def test_a_bullet_lead_in_other_than_a_plain_include_keeps_its_items(seg, ending):
    text = f"Gifts and hospitality\n\nMembers must:\n\n- register any gift over fifty pounds within 28 days\n- {ending}\n" \
           "- meals provided by a contractor\n- tickets to sporting events\n"
    doc = seg(text, suffix=".md")
    meals = next(c for c in doc.clauses if c.text.startswith("meals provided"))
    assert meals.lead_in and ending.split()[0] in meals.lead_in


@pytest.mark.parametrize("body", ["iPads issued to members remain the property of the council and must be",
                                  "e-mail sent from a council account is a council record and must be kept for"])
def test_a_numbered_title_over_a_lower_case_word_stays_a_heading(tmp_path, body):
    """A title in capitals over "iPads ..." or "e-mail ..." after a wider line space (review 83's layout: lines 14 points
    apart, a blank 14 more)."""
    from reportlab.pdfgen import canvas

    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment

    lines = ["Members Code of Practice", "", "4.1 Members must at all times treat officers with courtesy and respect and must",
             "not seek to influence them improperly in the discharge of their duties.", "",
             "4.2 Members must keep their passwords secure at all times and must not allow any",
             "other person to use a device issued to them by the council for any purpose.", "",
             "4.3 Use of Council Issued Equipment", "", body, "returned when a member leaves office.", "",
             "4.9 Members must not share devices with family members or any other person who",
             "is not a member or an officer of the council, whatever the circumstances."]
    path = tmp_path / "equipment.pdf"
    c = canvas.Canvas(str(path))
    y = 780
    for line in lines:
        if line:
            c.setFont("Helvetica", 11)
            c.drawString(72, y, line)
        y -= 14
    c.save()
    doc = segment(read(path))
    assert any(h.text == "Use of Council Issued Equipment" for h in doc.headings)
