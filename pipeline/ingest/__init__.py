"""Stage 1, ingest: a file becomes a Document of clauses, headings and furniture, with every line traced.

read.py picks a reader by suffix (text.py, html.py, pdf.py, docx.py: ``read_xxx(path, doc_id) ->
RawDocument``); segment.py turns the lines into clauses with furniture.py, blocks.py,
numbering.py and tables.py; clean.py holds the text cleaners. No spaCy here.
"""
