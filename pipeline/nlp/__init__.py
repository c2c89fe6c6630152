"""Stage 2, nlp: every clause tagged (tag, tags, actor, evidence, confidence, themes).

tag.py is the spaCy stage (the only place spaCy is imported); rules.py decides from parsed
sentences with plain functions; themes.py loads themes.yaml and matches it; evaluate.py scores
the tagger against gold labels.
"""
