"""Train warta's neural NER tagger (char-CNN + word vectors + word classes, BiLSTM, CRF).

    .venv/bin/python scripts/ner_vectors.py         # word vectors from unlabelled text -> build/
    .venv/bin/python scripts/train_ner_neural.py    # model -> src/warta/resources/models/ner_neural.npz
    .venv/bin/python scripts/train_ner_neural.py --fixture tests/unit/annotate/fixtures/ner_neural_tiny.npz

A DEV-ONLY tool: it needs PyTorch (CPU), which warta does not need at run time; the weights are
exported to an ``.npz`` that :mod:`warta.annotate.ner_neural` runs with numpy. Data as for the
CRF (train_ner.py): NERGrit train + idner-news-2k train/dev (MIT) with the synthetic office
copies of ner_augment.py; early stopping on NERGrit dev; test sets are only read by
eval_ner.py. One thread, fixed seeds.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import torch
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ner_augment
import ner_data
from gensim.models import KeyedVectors

from warta.annotate import ner, ner_neural

MODELS = ner_data.REPO / "src" / "warta" / "resources" / "models"
TRAIN_SETS = (("nergrit", "train"), ("idner", "train"), ("idner", "dev"))
TAGS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC")
SLOT_DIMS = {"case": 6, "cue": 8, "a": 8, "b": 16, "c": 16, "cap": 4, "f": 4}
CNN_DILATIONS = (1, 2, 1)
CHAR_PAD = 3  # ids 0..3: unknown, begin, end, padding
VERSION = "2.0"


class Net(nn.Module):
    """The tagger; ``ner_neural`` mirrors its forward pass in numpy."""

    def __init__(self, sizes: dict[str, int], dims: dict[str, int], slot_sizes: list[int]) -> None:
        super().__init__()
        self.word = nn.Embedding(sizes["words"], dims["word"])
        self.char = nn.Embedding(sizes["chars"], dims["char"], padding_idx=CHAR_PAD)
        self.conv = nn.Conv1d(dims["char"], dims["filters"], dims["width"], padding=dims["width"] // 2)
        self.slots = nn.ModuleList(
            nn.Embedding(n, SLOT_DIMS[name]) for n, name in zip(slot_sizes, ner_neural.SLOTS, strict=True)
        )
        width = dims["word"] + dims["filters"] + sum(SLOT_DIMS.values())
        self.encoder = "cnn" if dims.get("cnn") else "lstm"
        if self.encoder == "lstm":
            self.lstm = nn.LSTM(width, dims["hidden"], batch_first=True, bidirectional=True)
        else:  # dilated convolutions over tokens: no recurrence, so numpy runs it as a few matmuls
            sizes = [width] + [2 * dims["hidden"]] * len(CNN_DILATIONS)
            self.convs = nn.ModuleList(
                nn.Conv1d(a, b, 3, padding=d, dilation=d)
                for a, b, d in zip(sizes, sizes[1:], CNN_DILATIONS, strict=False)
            )
        self.out = nn.Linear(2 * dims["hidden"], len(TAGS))
        self.drop = nn.Dropout(dims.get("dropout", 50) / 100)
        self.trans = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))
        self.start = nn.Parameter(torch.zeros(len(TAGS)))
        self.end = nn.Parameter(torch.zeros(len(TAGS)))

    def inputs(self, words: torch.Tensor, chars: torch.Tensor, slots: torch.Tensor) -> torch.Tensor:
        b, n, length = chars.shape
        emb = self.char(chars.view(b * n, length)).transpose(1, 2)  # (bn, Dc, L)
        conv = self.conv(emb)
        conv = conv.masked_fill((chars.view(b * n, 1, length) == CHAR_PAD), float("-inf"))
        char_vec = conv.max(dim=2).values.view(b, n, -1)
        char_vec = torch.where(torch.isinf(char_vec), torch.zeros_like(char_vec), char_vec)
        parts = [self.word(words), char_vec, *(emb(slots[:, :, k]) for k, emb in enumerate(self.slots))]
        return torch.cat(parts, dim=2)

    def emissions(
        self, words: torch.Tensor, chars: torch.Tensor, slots: torch.Tensor, lengths: torch.Tensor
    ) -> torch.Tensor:
        x = self.drop(self.inputs(words, chars, slots))
        if self.encoder == "cnn":
            return self.out(self.drop(self.cnn(x, lengths)))
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        out, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True, total_length=words.shape[1])
        return self.out(self.drop(h))

    def cnn(self, x: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """ReLU convolutions; positions past a sentence's end are zeroed before every layer,
        exactly like the zero padding of the numpy version."""
        keep = (torch.arange(x.shape[1])[None, :] < lengths[:, None]).float()[:, None, :]
        h = x.transpose(1, 2)
        for k, conv in enumerate(self.convs):
            h = torch.relu(conv(h * keep))
            if k < len(self.convs) - 1:
                h = self.drop(h)
        return h.transpose(1, 2)

    def nll(self, emis: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Mean negative log-likelihood of the gold tags under the linear-chain CRF."""
        rows = torch.arange(emis.shape[0])
        gold = self.start[tags[:, 0]] + emis[rows, 0, tags[:, 0]]
        alpha = self.start + emis[:, 0]
        for t in range(1, emis.shape[1]):
            m = mask[:, t]
            gold = gold + m * (self.trans[tags[:, t - 1], tags[:, t]] + emis[rows, t, tags[:, t]])
            nxt = torch.logsumexp(alpha[:, :, None] + self.trans[None], dim=1) + emis[:, t]
            alpha = torch.where(m[:, None] > 0, nxt, alpha)
        last = tags[rows, mask.sum(1).long() - 1]
        gold = gold + self.end[last]
        return (torch.logsumexp(alpha + self.end, dim=1) - gold).mean()


# ---------------------------------------------------------------- data -> tensors


def build_vocab(sentences: list[ner_data.Sentence], vectors: KeyedVectors, top: int) -> list[str]:
    """Unknown first, then the ``top`` most frequent vector words, then other training words."""
    words = ["<unk>", *vectors.index_to_key[:top]]
    seen = set(words)
    for sentence, _ in sentences:
        for w in sentence:
            if w.lower() not in seen:
                seen.add(w.lower())
                words.append(w.lower())
    return words


def build_chars(sentences: list[ner_data.Sentence]) -> list[str]:
    counts = Counter(ch for words, _ in sentences for w in words for ch in w)
    return ["<unk>", "<w>", "</w>", "<pad>", *sorted(ch for ch, n in counts.items() if n >= 2)]


def build_slots(sentences: list[ner_data.Sentence], lexicon: ner.Lexicon) -> list[list[str]]:
    values: list[set[str]] = [set() for _ in ner_neural.SLOTS]
    for words, _ in sentences:
        for w in words:
            for k, v in enumerate(ner_neural.token_slots(w, lexicon.classes, lexicon.cues)):
                values[k].add(v)
    return [["<unk>", *sorted(v)] for v in values]


class Encoder:
    def __init__(self, words: list[str], chars: list[str], slots: list[list[str]], lexicon: ner.Lexicon) -> None:
        self.words = {w: i for i, w in enumerate(words)}
        self.chars = {c: i for i, c in enumerate(chars)}
        self.slots = [{v: i for i, v in enumerate(s)} for s in slots]
        self.lexicon = lexicon

    def encode(self, tokens: list[str]) -> tuple[list[int], list[list[int]], list[list[int]]]:
        wid = [self.words.get(t.lower(), 0) for t in tokens]
        cid = [ner_neural.char_ids(t, self.chars) for t in tokens]
        sid = [
            [
                self.slots[k].get(v, 0)
                for k, v in enumerate(ner_neural.token_slots(t, self.lexicon.classes, self.lexicon.cues))
            ]
            for t in tokens
        ]
        return wid, cid, sid


def batch_tensors(
    items: list[tuple[list[int], list[list[int]], list[list[int]], list[int]]],
) -> tuple[torch.Tensor, ...]:
    n = max(len(w) for w, _, _, _ in items)
    length = max(len(c) for _, cs, _, _ in items for c in cs)
    b = len(items)
    words = torch.zeros(b, n, dtype=torch.long)
    chars = torch.full((b, n, length), CHAR_PAD, dtype=torch.long)
    slots = torch.zeros(b, n, len(ner_neural.SLOTS), dtype=torch.long)
    tags = torch.zeros(b, n, dtype=torch.long)
    mask = torch.zeros(b, n)
    for i, (w, cs, ss, ts) in enumerate(items):
        words[i, : len(w)] = torch.tensor(w)
        for j, c in enumerate(cs):
            chars[i, j, : len(c)] = torch.tensor(c)
        chars[i, len(w) :, 0] = 1  # padding tokens: one real char keeps the max finite
        slots[i, : len(w)] = torch.tensor(ss)
        tags[i, : len(w)] = torch.tensor(ts)
        mask[i, : len(w)] = 1
    lengths = torch.tensor([len(w) for w, _, _, _ in items])
    return words, chars, slots, tags, mask, lengths


# ---------------------------------------------------------------- export and decoding


def export(net: Net, vocab: dict[str, list[str]], path: Path, half_words: bool) -> None:
    sd = {k: v.detach().numpy() for k, v in net.state_dict().items()}
    arrays: dict[str, np.ndarray] = {
        "word_emb": sd["word.weight"].astype(np.float16 if half_words else np.float32),
        "char_emb": sd["char.weight"],
        "conv_w": sd["conv.weight"],
        "conv_b": sd["conv.bias"],
        "out_w": sd["out.weight"],
        "out_b": sd["out.bias"],
        "crf_trans": sd["trans"],
        "crf_start": sd["start"],
        "crf_end": sd["end"],
    }
    if net.encoder == "lstm":
        arrays["lstm_w_ih"] = np.stack([sd["lstm.weight_ih_l0"], sd["lstm.weight_ih_l0_reverse"]])
        arrays["lstm_w_hh"] = np.stack([sd["lstm.weight_hh_l0"], sd["lstm.weight_hh_l0_reverse"]])
        arrays["lstm_b"] = np.stack(
            [
                sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"],
                sd["lstm.bias_ih_l0_reverse"] + sd["lstm.bias_hh_l0_reverse"],
            ]
        )
    else:
        arrays["cnn_dilations"] = np.array(CNN_DILATIONS, dtype=np.float32)
        for k in range(len(CNN_DILATIONS)):
            arrays[f"cnn_w_{k}"] = sd[f"convs.{k}.weight"]
            arrays[f"cnn_b_{k}"] = sd[f"convs.{k}.bias"]
    for k, name in enumerate(ner_neural.SLOTS):
        arrays[f"slot_emb_{name}"] = sd[f"slots.{k}.weight"]
    for name, items in vocab.items():
        arrays[f"vocab_{name}"] = np.array(items, dtype=str)
    with path.open("wb") as handle:
        np.savez_compressed(handle, **arrays)


def decode(net: Net, enc: Encoder, sentences: list[ner_data.Sentence]) -> list[list[str]]:
    """Tags via torch emissions + the numpy Viterbi (the one warta runs)."""
    net.eval()
    crf = {
        "crf_trans": net.trans.detach().numpy(),
        "crf_start": net.start.detach().numpy(),
        "crf_end": net.end.detach().numpy(),
    }
    weights = ner_neural.Weights({}, {}, (), TAGS, crf)
    out: list[list[str]] = []
    with torch.no_grad():
        for i in range(0, len(sentences), 64):
            chunk = sentences[i : i + 64]
            items = [(*enc.encode(w), [0] * len(w)) for w, _ in chunk]
            words, chars, slots, _, _, lengths = batch_tensors(items)
            emis = net.emissions(words, chars, slots, lengths).numpy()
            for k, (w, _) in enumerate(chunk):
                out.append([TAGS[j] for j in ner_neural.viterbi(emis[k, : len(w)], weights)])
    net.train()
    return out


# ---------------------------------------------------------------- training


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ner_data.DEFAULT_DATA)
    parser.add_argument("--vectors", type=Path, default=ner_data.REPO / "build" / "ner_vectors.kv")
    parser.add_argument("--out", type=Path, default=MODELS / "ner_neural.npz")
    parser.add_argument("--top-words", type=int, default=30_000, help="vector words kept besides training words")
    parser.add_argument("--hidden", type=int, default=100)
    parser.add_argument("--cnn", action="store_true", help="dilated CNN encoder instead of the BiLSTM")
    parser.add_argument("--filters", type=int, default=50)
    parser.add_argument("--dropout", type=int, default=50, help="percent")
    parser.add_argument("--word-dropout", type=float, default=0.05)
    parser.add_argument("--tune-words", action="store_true", help="fine-tune the word vectors")
    parser.add_argument("--lr", type=float, default=0.002)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--epochs", type=int, default=40)
    parser.add_argument("--patience", type=int, default=6)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-augment", action="store_true")
    parser.add_argument(
        "--fixture", type=Path, help="write a tiny random model + torch outputs for the tests, then stop"
    )
    return parser.parse_args(argv)


def load_lexicon() -> ner.Lexicon:
    text = gzip.decompress((MODELS / ner.LEXICON_FILE).read_bytes()).decode("utf-8")
    return ner.parse_lexicon(text, (MODELS / ner.CUES_FILE).read_text(encoding="utf-8"))


def _shown(path: Path) -> str:
    """A path relative to the repository when it lies inside it (records carry no home dirs)."""
    return str(path.resolve().relative_to(ner_data.REPO)) if path.resolve().is_relative_to(ner_data.REPO) else path.name


def seed_all(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def init_words(net: Net, words: list[str], vectors: KeyedVectors, tune: bool) -> None:
    with torch.no_grad():
        weight = net.word.weight
        weight.normal_(0, 0.1)
        for i, w in enumerate(words):
            if w in vectors.key_to_index:
                v = vectors[w]
                weight[i] = torch.from_numpy(v / (np.linalg.norm(v) + 1e-9))
        weight[0] = 0
    net.word.weight.requires_grad_(tune)


def encode_all(
    enc: Encoder, sentences: list[ner_data.Sentence]
) -> list[tuple[list[int], list[list[int]], list[list[int]], list[int]]]:
    tag_id = {t: i for i, t in enumerate(TAGS)}
    return [(*enc.encode(w), [tag_id[t] for t in tags]) for w, tags in sentences]


def batches(items: list, size: int, rng: random.Random) -> list[list]:  # type: ignore[type-arg]
    """Shuffled batches of similar length (sorted within shuffled pools of 50 batches)."""
    order = list(range(len(items)))
    rng.shuffle(order)
    out = []
    pool = size * 50
    for i in range(0, len(order), pool):
        chunk = sorted(order[i : i + pool], key=lambda k: len(items[k][0]))
        out += [[items[k] for k in chunk[j : j + size]] for j in range(0, len(chunk), size)]
    rng.shuffle(out)
    return out


def drop_words(words: torch.Tensor, p: float) -> torch.Tensor:
    return words.masked_fill(torch.rand(words.shape) < p, 0) if p else words


def train(args: argparse.Namespace) -> None:
    torch.set_num_threads(1)
    seed_all(args.seed)
    started = time.perf_counter()
    lexicon = load_lexicon()
    sentences = [s for corpus, split in TRAIN_SETS for s in ner_data.load(args.data, corpus, split)]
    if not args.no_augment:
        sentences += ner_augment.augment(sentences, lexicon.cues)
    dev = ner_data.load(args.data, "nergrit", "dev")
    vectors = KeyedVectors.load(str(args.vectors))
    words = build_vocab(sentences, vectors, args.top_words)
    chars, slots = build_chars(sentences), build_slots(sentences, lexicon)
    enc = Encoder(words, chars, slots, lexicon)
    dims = {
        "word": vectors.vector_size,
        "char": 25,
        "filters": args.filters,
        "width": 3,
        "hidden": args.hidden,
        "dropout": args.dropout,
        "cnn": int(args.cnn),
    }
    net = Net({"words": len(words), "chars": len(chars)}, dims, [len(s) for s in slots])
    init_words(net, words, vectors, args.tune_words)
    optimiser = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=args.lr)
    items = encode_all(enc, sentences)
    rng = random.Random(args.seed)
    best, best_state, waited = -1.0, None, 0
    vocab = {
        "words": words,
        "chars": chars,
        "tags": list(TAGS),
        **{f"slot_{n}": s for n, s in zip(ner_neural.SLOTS, slots, strict=True)},
    }
    for epoch in range(1, args.epochs + 1):
        total = 0.0
        for batch in batches(items, args.batch, rng):
            w, c, s, t, m, lengths = batch_tensors(batch)
            loss = net.nll(net.emissions(drop_words(w, args.word_dropout), c, s, lengths), t, m)
            optimiser.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            optimiser.step()
            total += float(loss)
        f1 = ner_data.score([t for _, t in dev], decode(net, enc, dev))["ALL"]["f1"]
        print(f"epoch {epoch} loss {total:.1f} dev F1 {f1:.4f} ({time.perf_counter() - started:.0f}s)", flush=True)
        if f1 > best:
            best, waited = f1, 0
            best_state = {k: v.clone() for k, v in net.state_dict().items()}
        else:
            waited += 1
            if waited >= args.patience:
                break
    assert best_state is not None
    net.load_state_dict(best_state)
    export(net, vocab, args.out, half_words=True)
    meta = {
        "name": "warta-ner-neural",
        "version": VERSION,
        "labels": ["PER", "ORG", "LOC"],
        "trained_on": [f"{c}:{s}" for c, s in TRAIN_SETS]
        + ([] if args.no_augment else ["ner_augment (title + place/body + person)"]),
        "params": {
            k: (str(v) if isinstance(v, Path) else v)
            for k, v in vars(args).items()
            if k not in {"data", "out", "fixture"}
        },
        "scores": {"nergrit_dev_f1": best},
    }
    args.out.with_suffix(".json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(f"best dev F1 {best:.4f}; model written to {args.out} ({time.perf_counter() - started:.0f}s)")


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.fixture:
        import ner_fixture

        ner_fixture.write(args.fixture, cnn=args.cnn)
        return
    train(args)


if __name__ == "__main__":
    main()
