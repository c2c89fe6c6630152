"""Shapes from the b212–b215 first runs: a minutes footer with the Clerk's address and email, a website's credit line,
and a numbered paragraph that gives an address ("the Clerk, 3 Orchard Close"), whose house number was read as the next
point run on inline."""

from __future__ import annotations

from test_ingest_round32 import _reasons

_PAGE = ("Protocol for Councillors and the Clerk\n\n"
         "1. Councillors must treat the Clerk with respect.\n\n"
         "2. Complaints should be sent to the Clerk, 3 Orchard Close, Kesworth, WV7 2PL or clerk@kesworth-pc.gov.uk.\n\n"
         "3. Write to the Clerk at 3 Orchard Close, WV7 2PL, or email clerk@kesworth-pc.gov.uk.\n\n"
         "Kesworth St Giles Parish Council - Clerk: Mrs L. Farrow, 3 Orchard Close, Kesworth St Giles, WV7 2PL - "
         "clerk@kesworthstgiles-pc.gov.uk\n\n"
         "Website by Gwefan Bach Cyf.\n")


def test_a_house_number_in_a_numbered_paragraph_is_no_point_of_its_own(seg):
    doc = seg(_PAGE)
    assert [(c.clause_id, c.text[:40]) for c in doc.clauses] == [
        ("1", "Councillors must treat the Clerk with re"),
        ("2", "Complaints should be sent to the Clerk, "),
        ("3", "Write to the Clerk at 3 Orchard Close, W")]


def test_a_contact_footer_and_a_site_credit_are_furniture(seg):
    reasons = _reasons(seg(_PAGE))
    assert reasons["Kesworth St Giles Parish Council - Clerk: Mrs L. Farrow, 3 Orchard Close, Kesworth St Giles, "
                   "WV7 2PL - clerk@kesworthstgiles-pc.gov.uk"] == "contact details"
    assert reasons["Website by Gwefan Bach Cyf."] == "site credit"


def test_points_run_on_inline_are_still_split(seg):
    # after a sentence's end, or with their stop, or lettered as an annex's: each is a point of its own
    doc = seg("Annex A – Key commitments A1 Councillors will direct requests for work to the Clerk through the council. "
              "A2 The Clerk will give impartial advice to the whole council. A3 Councillors will not contact the Clerk "
              "outside the Clerk's contracted hours except in an emergency.\n\n"
              "1. Introduction 1.1 The purpose of this protocol is to guide councillors and officers. 1.2 The protocol "
              "applies to all councillors. 2. Roles 2.1 Councillors set policy. 2.2 Officers give advice.\n")
    texts = [c.text for c in doc.clauses]
    assert "The Clerk will give impartial advice to the whole council." in texts
    assert "The protocol applies to all councillors." in texts and "Officers give advice." in texts


def test_the_last_line_of_a_sentence_that_gives_an_address_is_no_contact_line(seg):
    # (a PDF's wrapped line in r22a's hearing notice was taken for a contact footer, and the notice for cut off)
    doc = seg("Questions about this notice should be addressed to the Monitoring Officer, Orrelsby Town Hall,\n"
              "Church Street, Orrelsby OR1 1HT (standards@orrelsby.gov.uk).\n")
    assert "Church Street, Orrelsby OR1 1HT (standards@orrelsby.gov.uk)." in " ".join(c.text for c in doc.clauses)
    assert not doc.furniture
