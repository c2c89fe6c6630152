"""Stage 3, render: tagged documents become datasets, the comparison, the report and draft protocols.

datasets.py (typed tables), compare.py (coverage, escalation, shared wording), report.py (the
HTML report), draft.py (a harmonised draft; ``write_draft`` is the library call) and word.py
(the Word writer); common.py holds the helpers they share.
"""
