"""A tiny random neural NER model plus PyTorch's outputs on two sentences (a test fixture).

Written by ``train_ner_neural.py --fixture PATH``. The test checks that the numpy forward pass in
:mod:`warta.annotate.ner_neural` reproduces PyTorch's emission scores (tolerance 1e-4), so the
export and the numpy LSTM / char-CNN cannot silently disagree with the trained network.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import torch
from train_ner_neural import TAGS, Encoder, Net, batch_tensors, export

from warta.annotate import ner, ner_neural

SENTENCES = (
    ["Bupati", "Sleman", "Kustini", "meninjau", "Pasar", "Prambanan", "."],
    ["Polda", "Metro", "Jaya", "menahan", "tersangka", "berinisial", "AS", "di", "Jakarta", "Selatan", "."],
)
CLASSES = {"sleman": ("a=1", "b=2", "c=3", "cap=4", "f=5"), "jakarta": ("a=2", "b=3", "c=4", "cap=4", "f=9")}
CUES = {"bupati": "OFFICE", "di": "PREP"}


def _vocab() -> dict[str, list[str]]:
    words = ["<unk>", "sleman", "jakarta", "di", "."]
    chars = ["<unk>", "<w>", "</w>", "<pad>", *"aeiuonmrstlkSJP"]
    slot_values = {
        "case": ["TITLE", "LOW", "UP", "PUNCT"],
        "cue": ["-", "OFFICE", "PREP"],
        "a": ["a=1", "a=2", "a=?"],
        "b": ["b=2", "b=3", "b=?"],
        "c": ["c=3", "c=4"],
        "cap": ["cap=4", "cap=?"],
        "f": ["f=5", "f=9", "f=?"],
    }
    slots = {f"slot_{name}": ["<unk>", *slot_values[name]] for name in ner_neural.SLOTS}
    return {"words": words, "chars": chars, "tags": list(TAGS), **slots}


def write(path: Path, cnn: bool = False) -> None:
    """The fixture at ``path``: a BiLSTM model, or with ``cnn`` a dilated-CNN one."""
    torch.manual_seed(5)
    vocab = _vocab()
    slots = [vocab[f"slot_{n}"] for n in ner_neural.SLOTS]
    dims = {"word": 6, "char": 5, "filters": 7, "width": 3, "hidden": 8, "cnn": int(cnn)}
    net = Net({"words": len(vocab["words"]), "chars": len(vocab["chars"])}, dims, [len(s) for s in slots])
    with torch.no_grad():
        for p in (net.trans, net.start, net.end):
            p.normal_()
    net.eval()
    lexicon = ner.Lexicon(CLASSES, CUES)
    enc = Encoder(vocab["words"], vocab["chars"], slots, lexicon)
    items = [(*enc.encode(list(s)), [0] * len(s)) for s in SENTENCES]
    words, chars, slot_ids, _, _, lengths = batch_tensors(items)
    with torch.no_grad():
        emis = net.emissions(words, chars, slot_ids, lengths).numpy()
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "model.npz"
        export(net, vocab, model, half_words=False)
        arrays = dict(np.load(model))
    for k, s in enumerate(SENTENCES):
        arrays[f"fixture_tokens_{k}"] = np.array(s, dtype=str)
        arrays[f"fixture_emissions_{k}"] = emis[k, : len(s)]
    arrays["fixture_classes"] = np.array(["\t".join([w, *c]) for w, c in CLASSES.items()], dtype=str)
    arrays["fixture_cues"] = np.array([f"{w}\t{c}" for w, c in CUES.items()], dtype=str)
    with path.open("wb") as handle:
        np.savez_compressed(handle, **arrays)
