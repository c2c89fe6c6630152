"""Shapes from the b168–b171 first runs: each is furniture, a heading or text as a reader takes it, and the
rules beside them stay clauses."""

from __future__ import annotations

from test_ingest_round32 import _reasons


def test_a_talks_presenters_are_furniture_and_a_named_post_with_a_duty_is_not(seg):
    # b169's induction slides: "Name, Post · Name, Post" under the title
    doc = seg("# Working with officers\n\n"
              "Siân Ellery, Monitoring Officer · Matt Corby, Head of Democratic Services\n\n"
              "## Who does what\n\n"
              "Officers advise councillors and put the Council's decisions into effect.\n\n"
              "- Chief Executive: Head of Paid Service, responsible for all staff\n", ".md")
    reasons = _reasons(doc)
    assert reasons["Siân Ellery, Monitoring Officer · Matt Corby, Head of Democratic Services"] == "signature block"
    assert "Chief Executive: Head of Paid Service, responsible for all staff" in [c.text for c in doc.clauses]


def test_a_bold_label_over_a_slides_notes_is_a_heading_and_a_bold_lead_in_is_not(seg):
    # b169's slides: "**Speaker notes:**" over a quotation block; "**Members will:**" over its items stays a lead-in
    doc = seg("## Officers work for the whole council\n\n"
              "- You can ask, but you cannot instruct\n\n"
              "**Speaker notes:**\n\n"
              "> If a councillor gives an officer an instruction, the officer will refer it to their manager.\n\n"
              "**Members will:**\n\n"
              "- read the papers before each meeting\n", ".md")
    texts = [c.text for c in doc.clauses]
    assert "Speaker notes:" not in texts
    assert "If a councillor gives an officer an instruction, the officer will refer it to their manager." in texts
    items = [c for c in doc.clauses if c.text == "read the papers before each meeting"]
    assert items and items[0].lead_in == "Members will:"


def test_a_version_line_under_a_numbered_title_in_capitals_is_furniture(seg):
    # b170's county protocol: "5.6 PROTOCOL ON ..." is a title, so the issue line below it stands above the text
    doc = seg("CANTLESHIRE COUNTY COUNCIL\n\n"
              "5.6 PROTOCOL ON OFFICERS ATTENDING POLITICAL GROUP MEETINGS\n\n"
              "Issue 4 – adopted by the County Council on 20 May 2025 (Minute 14)\n\n"
              "INTRODUCTION\n\n"
              "1.   Political groups are a recognised part of the way the County Council works, and groups often ask\n"
              "     senior officers to attend their meetings.\n\n"
              "2.   This protocol was adopted by the County Council on 20 May 2025 and replaces the 2019 version.\n")
    reasons = _reasons(doc)
    assert reasons["Issue 4 – adopted by the County Council on 20 May 2025 (Minute 14)"] == "document details"
    assert "This protocol was adopted by the County Council on 20 May 2025 and replaces the 2019 version." in \
        [c.text for c in doc.clauses]


def test_contact_details_that_are_items_of_a_list_of_people_to_tell_are_clauses(seg):
    # b170's speaking-up guide: two of the people to tell carry a telephone number and an address
    doc = seg("You can raise a concern with:\n"
              "• your line manager, or the next manager up\n"
              "• HR Advice: 0161 496 0730, hr.advice@ravensgate.gov.uk\n"
              "• your trade union representative\n"
              "• the Monitoring Officer, Sunita Kaur-Bell: 0161 496 0412, monitoring.officer@ravensgate.gov.uk\n\n"
              "Managers who receive a concern should log it within two working days.\n\n"
              "Contact us\n"
              "• Email: standards@ravensgate.gov.uk\n"
              "• Telephone: 0161 496 0400\n")
    texts = [c.text for c in doc.clauses]
    assert "HR Advice: 0161 496 0730, hr.advice@ravensgate.gov.uk" in texts
    assert "the Monitoring Officer, Sunita Kaur-Bell: 0161 496 0412, monitoring.officer@ravensgate.gov.uk" in texts
    # a list of nothing but contact lines is still the page's contact details
    assert not any("standards@ravensgate" in t for t in texts)


def test_a_numbered_paragraph_cut_by_a_page_break_on_because_goes_on_over_the_break(seg):
    # b169's decision notice: a short sentence in the past tense stopped at the foot of a page
    doc = seg("26.  Having found that the Code had been breached, the Sub-Committee considered what to do.\n\n"
              "27.  The Independent Person's view was that the breaches were serious because\n\n"
              "Ravensgill Borough Council | Decision Notice SC/26/014 | Page 3 of 4\n"
              "\f     of the imbalance of power between a councillor and an officer, and that a\n"
              "     censure and training would be proportionate.\n\n"
              "28.  The Sub-Committee decided to censure the councillor.\n\n"
              "Ravensgill Borough Council | Decision Notice SC/26/014 | Page 4 of 4\n")
    texts = [c.text for c in doc.clauses]
    assert "The Independent Person's view was that the breaches were serious because of the imbalance of power " \
           "between a councillor and an officer, and that a censure and training would be proportionate." in texts


def test_a_bold_rule_stays_a_clause_and_a_long_run_of_contact_items_is_read_quickly(seg):
    # adversarial review 38: a bold imperative is a rule, not a title; a thousand contact items under one lead-in were
    # read in quadratic time
    import time

    doc = seg("1.1 Gifts\n\n**Contact the Monitoring Officer before accepting any gift or hospitality over £50**\n\n"
              "Officers must record every offer.\n", ".md")
    assert "Contact the Monitoring Officer before accepting any gift or hospitality over £50" in \
        [c.text for c in doc.clauses]
    lines = "".join(f"• your line manager {n}\n• HR Advice: 0161 496 {n:04d}, hr.advice{n}@anytown.gov.uk\n"
                    for n in range(1200))
    start = time.perf_counter()
    doc = seg("You can raise a concern with:\n" + lines)
    assert time.perf_counter() - start < 20
    assert sum("HR Advice" in c.text for c in doc.clauses) == 1200


def test_a_numbered_heading_is_not_joined_to_the_next_pages_first_line(seg):
    # adversarial review 38: a title in the past tense, then a page break and a lower-case line
    doc = seg("5. Examples of conduct that were raised in the 2022 review of complaints\n\n"
              "Anytown Council | Page 2\n"
              "\fofficers and councillors should read this section together with the Code.\n\n"
              "6. Councillors must not bully officers.\n")
    assert not any(c.text.startswith("Examples of conduct that were raised in the 2022 review of complaints officers")
                   for c in doc.clauses)


def test_numbered_section_titles_in_a_pdfs_left_margin_are_headings(tmp_path):
    # b175's district protocol: "1 Introduction" in the margin, "1.1" in a column of its own, then the text; the
    # titles carry their section's number and the paragraph's first line stands a point higher than the title
    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment
    from test_ingest_round28 import _margin_pdf

    path = tmp_path / "numbered.pdf"
    _margin_pdf(path, pages=[
        [("1 Introduction", "1.1", "This Protocol sets out the principles that govern the working relationship"),
         (None, None, "between the Members of the Council and its Officers."),
         (None, "1.2", "Mutual trust and courtesy are essential to the good running of the Council."),
         ("2 Roles", "2.1", "Members are accountable to the electorate and hold office only for the term"),
         (None, None, "for which they have been elected."),
         ("3 Mutual", "3.1", "Members and Officers should treat each other with courtesy and respect in"),
         ("respect", None, "meetings, in correspondence and in their everyday contact.")]])
    doc = segment(read(path))
    texts = {c.clause_id: c.text for c in doc.clauses}
    assert texts["1.1"] == ("This Protocol sets out the principles that govern the working relationship between the "
                            "Members of the Council and its Officers.")
    assert texts["2.1"] == ("Members are accountable to the electorate and hold office only for the term for which they "
                            "have been elected.")
    assert texts["3.1"] == ("Members and Officers should treat each other with courtesy and respect in meetings, in "
                            "correspondence and in their everyday contact.")
    assert [h.text for h in doc.headings] == ["Introduction", "Roles", "Mutual respect"]


def test_a_drafters_note_alone_on_its_line_and_an_emails_thanks_are_furniture(seg):
    # b175's Word draft and forwarded e-mail
    doc = seg("6.1 Members' enquiries should be sent to the Member Enquiry Team.\n\n"
              "[Note: section 6 may move into the Member Enquiries Guidance – see comment from Democratic Services]\n\n"
              "6.2 Officers will reply within ten working days. [Note: check with HR]\n\n"
              "[00:14:05]\n\n"
              "This article first appeared in the Oakensford Evening Post and is republished with permission.\n\n"
              "Thanks,\n")
    reasons = _reasons(doc)
    assert reasons["[Note: section 6 may move into the Member Enquiries Guidance – see comment from Democratic "
                   "Services]"] == "editorial note"
    assert reasons["Thanks,"] == "sign-off"
    assert reasons["[00:14:05]"] == "time stamp"
    assert reasons["This article first appeared in the Oakensford Evening Post and is republished with permission."] \
        == "source note"
    assert "Officers will reply within ten working days. [Note: check with HR]" in [c.text for c in doc.clauses]


def test_a_time_a_thanks_or_a_note_inside_a_sentence_and_a_rule_in_brackets_stay_text(seg):
    # adversarial review 39
    doc = seg("Meetings start at:\n\n19:00\n\n"
              "[Note: Councillors must not contact officers at home about Council business.]\n\n"
              "Originally published in the Council Constitution and councillors must follow it\n\n"
              "2. Councillors should always say\nthank you,\nto officers who help them with casework.\n")
    texts = " ".join(c.text for c in doc.clauses) + " " + " ".join(h.text for h in doc.headings)
    for kept in ("19:00", "[Note: Councillors must not contact officers at home about Council business.]",
                 "Originally published in the Council Constitution and councillors must follow it",
                 "Councillors should always say thank you, to officers who help them with casework."):
        assert kept in texts, kept
    assert not {f.reason for f in doc.furniture} & {"time stamp", "editorial note", "source note", "sign-off"}
