"""Shapes from the b222–b223 first runs: a protocol copied from a PDF as text, whose sentence a page's foot cuts before a
capitalised word ("... made by the Group" / footer and header / "Leader to the Chief Executive ..."), and a wrapped
sentence's last line that opens "issued by ...", read as a page's "Prepared by ..." details line."""

from __future__ import annotations


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
