"""reference_similarity: cosine similarity of sentence embeddings (mean pooling), offline by default."""

from __future__ import annotations

from ..dimensions import Dimension, Score
from .encoder import load_encoder


class ReferenceSimilarity(Dimension):
    scores_in_workers = True  # a small CPU model: --workers processes hold it too (quarkcli/parallel.py)

    def __init__(self, params: dict):
        super().__init__(params)
        self.encoder = load_encoder(params.get("model"), params["batch_size"])

    def embed(self, texts: list[str]):
        return self.encoder.embed(texts)

    def score_batch(self, records):
        chosen = [i for i, r in enumerate(records) if isinstance(r.reference, (str, list)) and r.reference]
        scores = [Score.unscored("record has no reference answer") for _ in records]
        if not chosen:
            return scores
        references = [r.reference if isinstance(r.reference, str) else " ".join(map(str, r.reference))
                      for r in (records[i] for i in chosen)]
        responses = [records[i].response for i in chosen]
        sims = (self.embed(responses) * self.embed(references)).sum(-1).tolist()
        threshold = self.params["threshold"]
        for i, value in zip(chosen, sims):
            scores[i] = Score(raw=value, passed=value >= threshold,
                              evidence=[f"cosine similarity to the reference {value:.3f} (threshold {threshold})"])
        return scores
