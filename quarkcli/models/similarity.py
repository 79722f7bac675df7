"""reference_similarity: cosine similarity of sentence embeddings (mean pooling), offline by default."""

from __future__ import annotations

from ..dimensions import Dimension, Score
from . import default_encoder_path


class ReferenceSimilarity(Dimension):
    def __init__(self, params: dict):
        super().__init__(params)
        import torch
        from transformers import AutoModel, AutoTokenizer

        path = params.get("model") or str(default_encoder_path())
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        self.model = AutoModel.from_pretrained(path).eval()
        self.torch = torch

    def embed(self, texts: list[str]):
        torch = self.torch
        vectors = []
        size = self.params["batch_size"]
        for start in range(0, len(texts), size):
            batch = self.tokenizer(texts[start:start + size], return_tensors="pt", padding=True, truncation=True,
                                   max_length=256)
            with torch.no_grad():
                hidden = self.model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).float()
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            vectors.append(torch.nn.functional.normalize(pooled, dim=-1))
        return torch.cat(vectors) if vectors else torch.zeros(0)

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
