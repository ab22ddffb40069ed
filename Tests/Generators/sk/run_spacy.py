#!/usr/bin/env python3
"""The prototype's method on our corpus: spaCy NER (blank `id` pipeline, the ner component's
default config) trained on the same train split that `ner-train` uses, scored with the same
exact-span P/R/F1 on `test` and `other`, and its extraction speed in words/s on one core.

    swift run -c release --scratch-path .build-release ner-train export --out var/sk-corpus
    var/venv/bin/python Tests/Generators/sk/run_spacy.py --corpus var/sk-corpus

spaCy comes from PyPI (`var/venv/bin/pip install spacy`). Training is kept short enough for a
2-core machine (`--train-docs`, `--epochs`); the numbers it prints say what was used.
"""
import argparse
import json
import os
import random
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import spacy  # noqa: E402
from spacy.training import Example  # noqa: E402
from spacy.util import minibatch  # noqa: E402

LABELS = ["NOMOR_SK", "NOMOR_LG_BKN", "TANGGAL_LG_BKN", "NAMA_PNS", "NIP_PNS", "TMT_KP", "PANGKAT_BARU"]


def load(path, limit=None):
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return rows[:limit] if limit else rows


def example(nlp, row):
    doc = nlp.make_doc(row["text"])
    spans = []
    for span in row["spans"]:
        char_span = doc.char_span(span["start"], span["end"], label=span["label"], alignment_mode="expand")
        if char_span is not None and not any(s.start < char_span.end and char_span.start < s.end for s in spans):
            spans.append(char_span)
    return Example.from_dict(doc, {"entities": [(s.start_char, s.end_char, s.label_) for s in spans]})


def score(nlp, rows):
    tp = {label: 0 for label in LABELS}
    predicted = dict(tp)
    gold = dict(tp)
    for row, doc in zip(rows, nlp.pipe([r["text"] for r in rows], batch_size=16)):
        gold_set = {(s["label"], s["start"], s["end"]) for s in row["spans"]}
        for s in row["spans"]:
            gold[s["label"]] += 1
        for ent in doc.ents:
            predicted[ent.label_] += 1
            if (ent.label_, ent.start_char, ent.end_char) in gold_set:
                tp[ent.label_] += 1

    def prf(t, p, g):
        precision = t / p if p else 0.0
        recall = t / g if g else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision * 100, recall * 100, f1 * 100

    per_label = {label: prf(tp[label], predicted[label], gold[label]) for label in LABELS}
    overall = prf(sum(tp.values()), sum(predicted.values()), sum(gold.values()))
    return per_label, overall


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default="var/sk-corpus")
    parser.add_argument("--train-docs", type=int, default=600)
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    spacy.util.fix_random_seed(args.seed)
    random.seed(args.seed)
    nlp = spacy.blank("id")
    ner = nlp.add_pipe("ner")
    for label in LABELS:
        ner.add_label(label)
    train = [example(nlp, row) for row in load(os.path.join(args.corpus, "train.jsonl"), args.train_docs)]
    optimizer = nlp.initialize(lambda: train)
    started = time.time()
    for epoch in range(args.epochs):
        random.shuffle(train)
        losses = {}
        for batch in minibatch(train, size=8):
            nlp.update(batch, sgd=optimizer, losses=losses, drop=0.2)
        print(f"epoch {epoch + 1}: loss {losses.get('ner', 0):.1f}", flush=True)
    print(f"spaCy {spacy.__version__}: trained on {len(train)} decrees, {args.epochs} epochs, {time.time() - started:.0f} s")

    for split in ("test", "other"):
        rows = load(os.path.join(args.corpus, f"{split}.jsonl"))
        per_label, overall = score(nlp, rows)
        print(f"== spaCy {split} ({len(rows)} decrees)")
        for label, (p, r, f) in per_label.items():
            print(f"{label:16s} P {p:6.2f}  R {r:6.2f}  F1 {f:6.2f}")
        print(f"{'overall':16s} P {overall[0]:6.2f}  R {overall[1]:6.2f}  F1 {overall[2]:6.2f}")

    rows = load(os.path.join(args.corpus, "test.jsonl"))
    texts = [r["text"] for r in rows]
    words = sum(len(t.split()) for t in texts)
    started = time.time()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    elapsed = time.time() - started
    print(f"spaCy extraction: {words / elapsed:.0f} words/s on one core ({words} words, {elapsed:.2f} s)")


if __name__ == "__main__":
    main()
