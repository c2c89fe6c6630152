"""Shapes from the b222–b223 first runs: a protocol copied from a PDF as text, whose sentence a page's foot cuts before a
capitalised word ("... made by the Group" / footer and header / "Leader to the Chief Executive ..."), and a wrapped
sentence's last line that opens "issued by ...", read as a page's "Prepared by ..." details line."""

from __future__ import annotations

import pytest


_COPIED = (
    "CALDERWICK DISTRICT COUNCIL                                    MEMBER/OFFICER PROTOCOL\n\n"
    "22.  During the pre-election period, Officers will take particular care to avoid any\n"
    "     action that could be seen as supporting a party or candidate, and Members should\n"
    "     not ask them to do so. Guidance on publicity during the pre-election period is\n"
    "     issued by the Chief Executive before each election.\n\n"
    "23.  The Council recognises that political groups are a legitimate part of the way it\n"
    "     works, and Officers may give information and advice to any group on request.\n\n"
    "24.  Requests for an Officer to attend a group meeting must be made by the Group\n\n"
    "Version 4.1 (May 2024)                                                    Page 3 of 8\n\n"
    "Calderwick District Council Constitution          Part 5.3 - Member/Officer Protocol\n\n"
    "     Leader to the Chief Executive, who will decide which Officer is appropriate. A\n"
    "     briefing given to one group will be offered to the other groups on request.\n\n"
    "25.  Officers attending a group meeting will confine themselves to giving information\n"
    "     and advice on Council business.\n\n"
    "Version 4.1 (May 2024)                                                    Page 4 of 8\n\n"
    "Calderwick District Council Constitution          Part 5.3 - Member/Officer Protocol\n\n"
    "26.  Group meetings are not meetings of the Council and cannot bind it or its Officers\n"
    "     in any way.\n\n"
    "Version 4.1 (May 2024)                                                    Page 5 of 8\n")


def test_a_sentence_cut_by_a_page_foot_before_a_capital_goes_on_after_the_page_head(seg):
    doc = seg(_COPIED)
    by_id = {c.clause_id: c.text for c in doc.clauses}
    assert by_id["24"] == ("Requests for an Officer to attend a group meeting must be made by the Group Leader to the "
                           "Chief Executive, who will decide which Officer is appropriate. A briefing given to one group "
                           "will be offered to the other groups on request.")
    assert sorted(by_id) == ["22", "23", "24", "25", "26"]


def test_a_wrapped_sentence_ending_issued_by_a_post_is_the_sentences(seg):
    doc = seg(_COPIED)
    assert {c.clause_id: c.text for c in doc.clauses}["22"].endswith(
        "Guidance on publicity during the pre-election period is issued by the Chief Executive before each election.")
    assert not any("issued by" in f.text for f in doc.furniture)


def test_a_page_heading_after_a_page_foot_is_no_continuation(seg):
    # a paragraph that stopped short, and a heading at the next page's top: two blocks
    doc = seg("1.   The Monitoring Officer will keep this protocol under review and report on its working to the\n"
              "     Standards Committee every year\n\n"
              "Page 1 of 2\n\n"
              "SUPPORT TO POLITICAL GROUPS\n\n"
              "2.   Officers may brief any political group on request and will treat every group alike in doing so.\n\n"
              "Page 2 of 2\n")
    assert [c.clause_id for c in doc.clauses] == ["1", "2"]
    assert doc.clauses[1].section[-1:] == ["SUPPORT TO POLITICAL GROUPS"]


def test_a_prepared_by_line_is_still_document_details(seg):
    doc = seg("1. Councillors must treat officers with respect.\n\n"
              "Prepared by Democratic Services. Last reviewed: June 2025.\n")
    assert [f.reason for f in doc.furniture if f.text.startswith("Prepared by")] == ["document details"]


_HEAD = ("\n\nVersion 4.1 (May 2024)                                                    Page {n} of 8\n\n"
         "Calderwick District Council Constitution          Part 5.3 - Member/Officer Protocol\n\n")


def _copied(cut: str, after: str) -> str:
    """A numbered paragraph whose full-width last line a page's foot cuts, the page's foot and head, and what follows."""
    return ("1.   Members and Officers will work together in a spirit of mutual trust and respect and\n"
            "     each will observe the separate roles that the Constitution gives them in every matter.\n\n"
            "2.   Officers will give Members accurate and impartial advice on Council business at all\n"
            f"{cut}" + _HEAD.format(n=1) + after +
            "\n\n3.   Members will treat Officers with courtesy and respect at all times and in all places.\n"
            + _HEAD.format(n=2))


@pytest.mark.parametrize("cut, after", [
    # (adversarial review 48) a stop with a footnote's number after it, a lead-in, a long title-cased heading, a new
    # sentence, a quoted term, a note
    ("     times, as paragraph 4.2 of the Members' Code of Conduct and the Officers' Code require.3",
     "     Officers will:\n\n     (a) answer Members' enquiries within ten working days;\n\n     (b) keep them informed."),
    ("     times, and will say so where advice is given by someone other than the Director of Resources",
     "     Use of Council Resources by Members During the Pre-Election Period and at Other Times"),
    ("     times, and will say so where advice is given by someone other than the Director of Resources",
     "     Officers will report any misuse of resources to the Monitoring Officer, who will decide what to do."),
    ("     times, and will say so where advice is given by someone other than the Director of Resources",
     "     \"Officer\" means any person employed by the Council, including agency staff."),
    ("     times, and will say so where advice is given by someone other than the Director of Resources",
     "     Note: this paragraph does not apply during the pre-election period."),
])
def test_a_full_width_line_cut_by_a_page_foot_takes_no_new_paragraph(seg, cut, after):
    doc = seg(_copied(cut, after))
    two = {c.clause_id: c.text for c in doc.clauses}["2"]
    first_words = " ".join(after.split()[:3])
    assert first_words not in two, two
    assert "Officers will give Members accurate and impartial advice" in two


def test_a_signature_block_between_is_no_page_edge(seg):
    doc = seg(_copied("     times, and will say so where advice is given by someone other than the Director of Resources",
                      "Signed ............................  Chair of the Council\n\nDate ..................\n\n"
                      "     Leader to the Chief Executive, who will decide which Officer is appropriate."))
    two = {c.clause_id: c.text for c in doc.clauses}["2"]
    assert "Leader to the Chief Executive" not in two


@pytest.mark.parametrize("text, furniture", [
    ("Prepared by the Clerk to the Council.", True),
    ("Prepared by Democratic Services, June 2025.", True),
    ("Issued by the Monitoring Officer on behalf of the Standards Committee.", True),
    ("Prepared by the Director of Law and Governance (Monitoring Officer).", True),
    ("Prepared by the Monitoring Officer - last reviewed June 2025.", True),
])
def test_a_closing_line_saying_who_prepared_the_page_is_document_details(seg, text, furniture):
    doc = seg("1. Councillors must treat officers with respect.\n\n2. Officers must give impartial advice.\n\n"
              f"{text}\n")
    assert (text in [f.text for f in doc.furniture]) is furniture


def test_prepared_by_under_a_lead_in_a_question_or_a_sentence_under_way_is_content(seg):
    doc = seg("1. The agenda for each meeting is:\n\nPrepared by the Clerk.\n\n"
              "2. Who issues press releases on behalf of the Council?\n\nIssued by the Clerk.\n\n"
              "3. The register of members' interests is kept up to date by the Monitoring Officer and is\n"
              "Published by the Monitoring Officer.\n")
    assert not [f.text for f in doc.furniture if "by the" in f.text]


def test_a_cross_reference_to_the_next_paragraph_is_no_point_run_on(seg):
    # (b224's first run: "7.10 ... subject to paragraph 7.11. You should take care ..." made "You should take care ..."
    # a 7.11 of its own, and the real 7.11 a second)
    doc = seg("7.10   Outside work you are free to take part in politics as a private citizen,\n"
              "       subject to paragraph 7.11. You should take care that your private political\n"
              "       activity does not call your impartiality at work into question.\n\n"
              "7.11   The Town Clerk holds a politically restricted post and may not stand for election.\n\n"
              "7.12   Staff must follow the pre-election guidance. See section 7.13 For the rules on publicity.\n")
    by_id = {c.clause_id: c.text for c in doc.clauses}
    assert sorted(by_id) == ["7.10", "7.11", "7.12"]
    assert by_id["7.10"].endswith("does not call your impartiality at work into question.")
