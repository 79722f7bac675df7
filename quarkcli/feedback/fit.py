"""`quark feedback fit`: a feedback reward model, fine-tuned from a small encoder on CPU.

The model is a Hugging Face sequence classifier with one logit (positive
reaction), trained on the same text the `reward_model` dimension feeds it, so
the output folder can be used directly as a `reward_model` dimension. The
held-out split is by prompt, so no prompt is seen in both parts.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np

from ..dimensions import Record
from . import FeedbackError, label


def _text(record: dict) -> str:
    return Record(id=0, prompt=record["prompt"], response=record["response"]).prompt_text + "\n" + record["response"]


def split(records: list[dict], test_fraction: float, seed: int) -> tuple[list[int], list[int]]:
    def bucket(record) -> float:
        key = f"{seed}:{json.dumps(record['prompt'], sort_keys=True)}".encode()
        return int(hashlib.sha256(key).hexdigest()[:8], 16) / 0xFFFFFFFF

    test = [i for i, r in enumerate(records) if bucket(r) < test_fraction]
    return [i for i in range(len(records)) if i not in set(test)], test


def auc(scores: np.ndarray, labels: np.ndarray) -> float | None:
    """Probability that a positive example outscores a negative one (ties count half)."""
    pos, neg = scores[labels == 1], scores[labels == 0]
    if not len(pos) or not len(neg):
        return None
    greater = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(greater / (len(pos) * len(neg)))


def fit(records: list[dict], base: str, output: Path, epochs: int = 4, batch_size: int = 16, lr: float = 5e-5,
        test_fraction: float = 0.2, seed: int = 0, log=print) -> dict:
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    usable = [r for r in records if label(r["feedback"]) is not None]
    if len(usable) < 10:
        raise FeedbackError(f"only {len(usable)} records have a thumb or a non-neutral rating; need at least 10")
    train_idx, test_idx = split(usable, test_fraction, seed)
    if not test_idx or not train_idx:
        raise FeedbackError("the held-out split is empty: use more records or another --test-fraction")
    torch.manual_seed(seed)
    tokenizer = AutoTokenizer.from_pretrained(base)
    model = AutoModelForSequenceClassification.from_pretrained(base, num_labels=1)
    texts = [_text(r) for r in usable]
    labels = torch.tensor([float(label(r["feedback"])) for r in usable])
    optimiser = torch.optim.AdamW(model.parameters(), lr=lr)
    generator = torch.Generator().manual_seed(seed)
    model.train()
    for epoch in range(epochs):
        order = torch.tensor(train_idx)[torch.randperm(len(train_idx), generator=generator)].tolist()
        total = 0.0
        for start in range(0, len(order), batch_size):
            chunk = order[start:start + batch_size]
            batch = tokenizer([texts[i] for i in chunk], return_tensors="pt", padding=True, truncation=True,
                              max_length=256)
            logits = model(**batch).logits[:, 0]
            loss = torch.nn.functional.binary_cross_entropy_with_logits(logits, labels[chunk])
            loss.backward()
            optimiser.step()
            optimiser.zero_grad()
            total += float(loss) * len(chunk)
        log(f"epoch {epoch + 1}/{epochs}: training loss {total / len(train_idx):.4f}")
    model.eval()
    with torch.no_grad():
        batch = tokenizer([texts[i] for i in test_idx], return_tensors="pt", padding=True, truncation=True,
                          max_length=256)
        scores = model(**batch).logits[:, 0].numpy()
    truth = labels[test_idx].numpy()
    metrics = {"n_train": len(train_idx), "n_test": len(test_idx), "accuracy": float(((scores > 0) == truth).mean()),
               "auc": auc(scores, truth), "majority_baseline": float(max(truth.mean(), 1 - truth.mean())),
               "base": str(base), "epochs": epochs, "seed": seed}
    output.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(output)
    tokenizer.save_pretrained(output)
    (output / "quark_feedback_metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    return metrics
