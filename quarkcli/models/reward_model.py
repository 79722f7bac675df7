"""reward_model: a sequence-classification model's logit as the raw score (unbounded; RFN puts it on scale)."""

from __future__ import annotations

from ..backends.local_model import pick_device
from ..dimensions import Dimension, Score




class RewardModel(Dimension):
    def __init__(self, params: dict):
        super().__init__(params)
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        self.tokenizer = AutoTokenizer.from_pretrained(params["model"])
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        self.device = pick_device(params["device"])
        self.model = AutoModelForSequenceClassification.from_pretrained(params["model"]).to(self.device).eval()
        if self.model.config.pad_token_id is None:
            self.model.config.pad_token_id = self.tokenizer.pad_token_id

    def _text(self, record) -> str:
        messages = record.prompt if isinstance(record.prompt, list) else [{"role": "user", "content": record.prompt}]
        if self.tokenizer.chat_template:
            return self.tokenizer.apply_chat_template(messages + [{"role": "assistant", "content": record.response}],
                                                      tokenize=False)
        return record.prompt_text + "\n" + record.response

    def score_batch(self, records):
        import torch

        size, label = self.params["batch_size"], self.params["label"]
        scores = []
        for start in range(0, len(records), size):
            chunk = records[start:start + size]
            batch = self.tokenizer([self._text(r) for r in chunk], return_tensors="pt", padding=True,
                                   truncation=True, max_length=self.params["max_length"]).to(self.device)
            with torch.no_grad():
                logits = self.model(**batch).logits[:, label].float().cpu().tolist()
            scores += [Score(raw=value, evidence=[f"reward model logit {value:.3f}"]) for value in logits]
        return scores
