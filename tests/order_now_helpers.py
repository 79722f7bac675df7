"""classifier_check with `order_now` on stand-in rules that fail, and an order-now head that reads one probability
everywhere: the two order-now test files read the head's confirmation of a fail through it."""

from quarkcli.dimensions import Record, dimension_types
from quarkcli.models import classifier as classifier_module


def confirmed(monkeypatch, rules, record: Record, bias: float):
    """The score of ``record`` by classifier_check (over-escalation, `order_now`) on ``rules``, every head input a zero
    vector and the order-now head's logit ``bias``."""
    import torch

    class Zeros:
        def embed(self, texts):
            return torch.zeros((len(texts), 384))

    monkeypatch.setattr("quarkcli.models.encoder.shared_encoder", lambda model, batch_size=32: Zeros())
    monkeypatch.setattr(classifier_module.ClassifierCheck, "_vectors", {})
    dimension = dimension_types()["classifier_check"].type.create({"check": "over_escalation", "order_now": True})
    dimension.rules, dimension.applies_by = rules, None
    dimension.order_now = {"weights": [0.0] * 768, "bias": bias, "threshold": 0.2}
    return dimension.score(record)
