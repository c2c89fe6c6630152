"""The trained component: linear models over the rules' decision, the clause's words and
its pretrained sentence vector, deciding the tag, the actor and the themes.

The rules (rules.py) stay the evidence: their tag, second tags, actor and confidence are
features, as are the clause's words and the words of its lead-in and section, and the
clause's vector from the sentence encoder (encoder.py). Three plain linear models are
trained from the gold data by ``train.py`` (``make model``) and stored as arrays in
``pipeline/resources/tagger.npz``: inference is a few matrix products in numpy.

Everything here works on plain records (``ClauseFeatures``); no spaCy object enters.
"""

from __future__ import annotations

import io
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy as np

from ..model import TAGS

ACTORS = ("member", "officer", "both", "chair", "group_leader", "leader", "statutory_officer", "council", None)
KINDS = ("paragraph", "item", "step", "cell")
MODEL_FILE = "tagger.npz"
_WORD = re.compile(r"(?u)\b\w\w+\b|\bI\b")


@dataclass
class ClauseFeatures:
    """What the trained models see of one clause: its text, context and the rules' decision."""

    text: str
    lead_in: str | None = None
    section: str | None = None
    kind: str = "paragraph"
    column: str | None = None
    rule_tag: str = "context"
    rule_tags: list[str] = field(default_factory=list)
    rule_actor: str | None = None
    rule_confidence: float = 0.0
    phrase_themes: list[str] = field(default_factory=list)  # themes whose phrases the clause's own text holds
    context_themes: list[str] = field(default_factory=list)  # ... that its lead-in or section holds
    weak_themes: list[str] = field(default_factory=list)  # themes only a single weak word of the clause suggests
    parties: list[str | None] = field(default_factory=lambda: [None] * 9)
    # the party named first in the text, in the lead-in, in the table column; the document's audience;
    # the other side named in the text and in the lead-in; the holder of an entitlement; the grammatical
    # subject; whom the lead-in's items bind (rules.frame_actor)
    persons: list[str] = field(default_factory=list)  # first, second, plural: who speaks ("I", "you", "we")
    writer: str | None = None  # whom "I" means in a letter or a note from one person (rules.writer_of)
    imperative: bool = False  # opens with a bare verb: binds whom the lead-in (or the reader) names
    bound: list[str] = field(default_factory=list)  # every party the parse finds as the subject of a verb
    past: float = 0.0  # the share of its main verbs that tell what happened (rules.Decision.past)
    record: bool = False  # its document records what happened: minutes, a report, a news item (rules.record_of)


def terms(text: str | None, bigrams: bool = True) -> list[str]:
    """Lower-cased words (and word pairs) for the bag-of-words features."""
    words = [w.lower() for w in _WORD.findall(text or "")]
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])] if bigrams else words


def rule_vector(f: ClauseFeatures, theme_ids: list[str]) -> np.ndarray:
    v = [f.rule_tag == t for t in TAGS] + [t in f.rule_tags for t in TAGS] + [f.rule_confidence or 0.0]
    v += [f.rule_actor == a for a in ACTORS] + [f.kind == k for k in KINDS] + [bool(f.lead_in), bool(f.column)]
    v += [t in f.phrase_themes for t in theme_ids] + [t in f.context_themes for t in theme_ids]
    v += [t in f.weak_themes for t in theme_ids]
    for party in f.parties:
        v += [party == a for a in ACTORS]
    audience = f.parties[3]
    # ("I" is the reader of a code, the writer of a letter: "I will not write leaflets for you", in a clerk's note)
    speaker = {"first": f.writer or audience, "second": audience}
    v += [p in f.persons and speaker[p] == a for p in ("first", "second") for a in ("member", "officer")]
    # ... and who wrote it, when "I" is a letter's writer: what the Monitoring Officer will do is a statutory officer's
    v += [f.writer == a for a in ACTORS[:-1]] + ["first" in f.persons and f.writer == a for a in ACTORS[:-1]]
    v += ["plural" in f.persons]
    frame = f.parties[8] or f.parties[2] or f.parties[3]  # lead-in, else column, else reader
    v += [f.imperative] + [f.imperative and frame == a for a in ACTORS]
    # a route's actor is often nobody ("Complaints go to the Monitoring Officer"): the rules' actor of a route apart
    v += [f.rule_tag == "escalation" and f.rule_actor == a for a in ACTORS]
    # halves binding different sides ("Members may ask ...; officers must refuse") bind both
    v += [a in f.bound for a in ACTORS[:-1]] + [len(set(f.bound) - {"both"}) >= 2]
    v += [{"member", "officer"} <= set(f.bound) or "both" in f.bound]
    # what a record tells happened is a record, not a rule ("Referred to the Monitoring Officer after ...", "Two
    # councillors said they had never been told the outcome"); what it proposes or quotes may still be a rule
    v += [f.past, f.past >= 0.5, f.record, f.record and f.past >= 0.5, f.record and f.rule_tag == "context"]
    return np.asarray(v, dtype=np.float32)


@dataclass
class Vocabulary:
    """A tf-idf vocabulary: term -> column, with the idf of each column (sublinear tf, L2 norm)."""

    index: dict[str, int]
    idf: np.ndarray

    def transform(self, docs: list[list[str]]):
        """A sparse (CSR) matrix, one L2-normalised row per document."""
        from scipy import sparse

        rows, cols, vals = [], [], []
        for i, toks in enumerate(docs):
            found = [(j, (1.0 + math.log(n)) * self.idf[j]) for term, n in Counter(toks).items()
                     if (j := self.index.get(term)) is not None]
            norm = math.sqrt(sum(v * v for _, v in found)) or 1.0
            for j, v in sorted(found):
                rows.append(i)
                cols.append(j)
                vals.append(v / norm)
        return sparse.csr_matrix((np.asarray(vals, np.float32), (rows, cols)), shape=(len(docs), len(self.index)))

    @classmethod
    def fit(cls, docs: list[list[str]], min_df: int = 2) -> Vocabulary:
        df = Counter(t for toks in docs for t in set(toks))
        kept = sorted(t for t, n in df.items() if n >= min_df)
        n = len(docs)
        idf = np.array([math.log((1 + n) / (1 + df[t])) + 1.0 for t in kept], np.float32)
        return cls({t: i for i, t in enumerate(kept)}, idf)


@dataclass
class Featurizer:
    """Turns clauses into one feature matrix; the weights balance the blocks."""

    words: Vocabulary
    context: Vocabulary
    theme_ids: list[str]
    use_vectors: bool = True
    rule_weight: float = 1.0
    context_weight: float = 0.5

    def transform(self, feats: list[ClauseFeatures], vectors: np.ndarray | None):
        """One sparse (CSR) row per clause: words, lead-in words, section words, the rules' decision,
        the clause's sentence vector."""
        from scipy import sparse

        blocks = [self.words.transform([terms(f.text) for f in feats]),
                  self.context.transform([terms(f.lead_in) for f in feats]) * self.context_weight,
                  self.context.transform([terms((f.section or "").split(" > ")[-1]) for f in feats]) * self.context_weight,
                  np.stack([rule_vector(f, self.theme_ids) for f in feats]) * self.rule_weight]
        if self.use_vectors:
            blocks.append(vectors)
        return sparse.hstack([sparse.csr_matrix(b) for b in blocks], format="csr", dtype=np.float32)

    def rule_columns(self) -> slice:
        """Where the rules' block (decision, parties, theme phrases) sits among the columns."""
        start = len(self.words.index) + 2 * len(self.context.index)
        return slice(start, start + len(rule_vector(ClauseFeatures(""), self.theme_ids)))

    def names(self) -> list[str]:
        """A readable name for every column (for evidence: which words pushed a decision)."""
        words = sorted(self.words.index, key=self.words.index.get)
        ctx = sorted(self.context.index, key=self.context.index.get)
        return words + [f"lead-in: {t}" for t in ctx] + [f"section: {t}" for t in ctx]


@dataclass
class LinearModel:
    """Multinomial (softmax) or one-vs-rest (sigmoid) linear model."""

    classes: list
    weights: np.ndarray  # (classes, features)
    bias: np.ndarray
    temperature: float = 1.0
    multilabel: bool = False

    def scores(self, x: np.ndarray) -> np.ndarray:
        z = np.asarray(x @ self.weights.T + self.bias) / self.temperature
        if self.multilabel:
            return 1.0 / (1.0 + np.exp(-z))
        z = z - z.max(1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(1, keepdims=True)


@dataclass
class Tagger:
    featurizer: Featurizer
    tag: LinearModel
    actor: LinearModel
    themes: LinearModel
    theme_threshold: float = 0.5
    meta: dict = field(default_factory=dict)

    # ------------------------------------------------------------------ storage --
    def to_bytes(self) -> bytes:
        fz = self.featurizer
        arrays = {"words_terms": np.array(sorted(fz.words.index, key=fz.words.index.get), dtype=str),
                  "words_idf": fz.words.idf,
                  "context_terms": np.array(sorted(fz.context.index, key=fz.context.index.get), dtype=str),
                  "context_idf": fz.context.idf}
        meta = dict(self.meta, theme_ids=fz.theme_ids, use_vectors=fz.use_vectors, rule_weight=fz.rule_weight, context_weight=fz.context_weight,
                    theme_threshold=self.theme_threshold)
        for name in ("tag", "actor", "themes"):
            m: LinearModel = getattr(self, name)
            arrays[f"{name}_w"], arrays[f"{name}_b"] = m.weights.astype(np.float32), m.bias.astype(np.float32)
            meta[name] = {"classes": m.classes, "temperature": m.temperature, "multilabel": m.multilabel}
        arrays["meta"] = np.array(json.dumps(meta, sort_keys=True))
        buf = io.BytesIO()
        np.savez_compressed(buf, **arrays)
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> Tagger:
        z = np.load(io.BytesIO(data), allow_pickle=False)
        meta = json.loads(str(z["meta"]))

        def vocab(prefix: str) -> Vocabulary:
            return Vocabulary({t: i for i, t in enumerate(z[f"{prefix}_terms"].tolist())}, z[f"{prefix}_idf"])

        fz = Featurizer(vocab("words"), vocab("context"), meta["theme_ids"], meta["use_vectors"], meta["rule_weight"], meta["context_weight"])
        models = {name: LinearModel(meta[name]["classes"], z[f"{name}_w"], z[f"{name}_b"], meta[name]["temperature"],
                                    meta[name]["multilabel"]) for name in ("tag", "actor", "themes")}
        return cls(fz, models["tag"], models["actor"], models["themes"], meta["theme_threshold"],
                   {k: v for k, v in meta.items() if k not in ("tag", "actor", "themes")})

    # --------------------------------------------------------------- inference --
    def features(self, feats: list[ClauseFeatures]) -> np.ndarray:
        vectors = None
        if self.featurizer.use_vectors:
            from .encoder import static_encoder

            vectors = static_encoder().embed([f.text for f in feats])
        return self.featurizer.transform(feats, vectors)

    def predict(self, feats: list[ClauseFeatures]) -> list[Prediction]:
        return self.predict_matrix(self.features(feats), feats) if feats else []

    def predict_matrix(self, x: np.ndarray, feats: list[ClauseFeatures]) -> list[Prediction]:
        tag_p, actor_p, theme_p = self.tag.scores(x), self.actor.scores(x), self.themes.scores(x)
        names = self.featurizer.names()
        x = x.tocsr()
        out = []
        for i, f in enumerate(feats):
            k = int(tag_p[i].argmax())
            tag = self.tag.classes[k]
            ranked = [self.tag.classes[j] for j in np.argsort(-tag_p[i]) if tag_p[i, j] >= 0.25]
            actor = None if tag == "context" else _actor_class(self.actor.classes[int(actor_p[i].argmax())])
            themes = [t for j, t in enumerate(self.themes.classes) if theme_p[i, j] >= self.theme_threshold]
            confidence = calibrated(float(tag_p[i, k]), self.meta.get("confidence_temperature", 1.0))
            out.append(Prediction(tag, [tag] + [t for t in ranked if t != tag], actor, confidence, themes,
                                  _top_term(x[i], self.tag.weights[k], names)))
        return out


def calibrated(p: float, temperature: float) -> float:
    """A probability tempered on its log-odds (the temperature is fitted on cross-validated
    predictions, so that of clauses at 0.9 about 90 % are right)."""
    p = min(max(p, 1e-6), 1 - 1e-6)
    return 1.0 / (1.0 + math.exp(-math.log(p / (1 - p)) / temperature))


def _actor_class(name) -> str | None:
    return None if name in (None, "None", "") else name


def _top_term(x, w: np.ndarray, names: list[str]) -> str | None:
    """The word or phrase of the clause that pushed hardest towards the chosen class (``x`` is
    one sparse row; only the named columns, the words, count)."""
    n = len(names)
    keep = x.indices < n
    if not keep.any():
        return None
    cols = x.indices[keep]
    contrib = x.data[keep] * w[cols]
    for j in np.argsort(-contrib):
        if contrib[j] <= 0:
            break
        name = names[cols[j]]
        # (a word that says nothing to a reader is no evidence: the report highlighted every "the" of a clause whose
        # theme the word had tipped, report reader of round 41)
        if not all(word in _FUNCTION_WORDS for word in name.split(" ")):
            return name
    return None


_FUNCTION_WORDS = frozenset(
    "a an the and or but nor if of to in on at by for from with as into onto than that this these those it its is are "
    "was were be been being has have had do does did not no so such their there they them he she his her we our you "
    "your i me my which who whom whose what when where while all any each every some other own same too very also "
    "about after before over under up down out off again further then once here both few more most".split())
# (the modal verbs stay evidence: "must", "should not")


@dataclass
class Prediction:
    tag: str
    tags: list[str]
    actor: str | None
    confidence: float
    themes: list[str]
    model_evidence: str | None  # the words that weighed most towards the tag


@lru_cache(maxsize=1)
def load_tagger() -> Tagger | None:
    """The shipped trained model, or None where none has been trained (the rules then decide alone)."""
    try:
        data = resources.files("pipeline.resources").joinpath(MODEL_FILE).read_bytes()
    except (FileNotFoundError, OSError):
        return None
    return Tagger.from_bytes(data)
