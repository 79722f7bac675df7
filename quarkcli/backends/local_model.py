"""Local causal LMs: loading one (a folder, or the built-in tiny smoke model), picking its device,
and generating with it.

Low in the stack on purpose: generation, the judges and training all load models through
here, so none of them imports another to do it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


def pick_device(name: str = "auto") -> str:
    """``auto``: the GPU when there is one, else the CPU; any other name is used as given."""
    if name != "auto":
        return name
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def model_problem(model: str) -> str | None:
    """Why MODEL cannot be loaded here: it must be 'tiny' or a local folder (Quark downloads nothing)."""
    if model == "tiny" or Path(model).exists():
        return None
    return (f"model not found: {model} (pass a local model directory, or --model tiny for a smoke run; "
            "Quark does not download weights)")


def load_model(model: str):
    """A causal LM and its tokenizer (with a pad token) from a local folder, or the tiny smoke model for 'tiny'."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from .tiny import tiny_model, tiny_tokenizer

    if model == "tiny":
        tokenizer = tiny_tokenizer()
        return tiny_model(tokenizer), tokenizer
    tokenizer = AutoTokenizer.from_pretrained(model)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return AutoModelForCausalLM.from_pretrained(model), tokenizer


@dataclass(frozen=True)
class GenerationSettings:
    """How to sample: the same settings whatever the backend."""

    temperature: float = 1.0
    max_new_tokens: int = 256
    num_samples: int = 1
    seed: int = 0


def messages(prompt) -> list[dict]:
    """A prompt as chat messages: a plain string becomes one user turn."""
    return prompt if isinstance(prompt, list) else [{"role": "user", "content": str(prompt)}]


class TransformersBackend:
    """Batched local generation; uses the tokenizer's chat template when it has one."""

    name = "transformers"

    def __init__(self, model, tokenizer, device: str | None = None, template_text_prompts: bool = True):
        self.model, self.tokenizer = model, tokenizer
        self.device = device or next(model.parameters()).device
        self.template_text_prompts = template_text_prompts
        self.tokenizer.padding_side = "left"

    @classmethod
    def load(cls, model: str) -> "TransformersBackend":
        loaded, tokenizer = load_model(model)
        device = pick_device("auto")
        return cls(loaded.to(device).eval(), tokenizer, device)

    def _text(self, prompt) -> str:
        """Chat messages go through the chat template; plain text too unless told otherwise (as TRL does)."""
        if self.tokenizer.chat_template and (isinstance(prompt, list) or self.template_text_prompts):
            return self.tokenizer.apply_chat_template(messages(prompt), tokenize=False, add_generation_prompt=True)
        return prompt if isinstance(prompt, str) else "\n".join(m["content"] for m in prompt)

    def generate(self, prompts: list, settings: GenerationSettings) -> list[list[str]]:
        import torch

        texts = [self._text(p) for p in prompts]
        batch = self.tokenizer(texts, return_tensors="pt", padding=True, add_special_tokens=False).to(self.device)
        torch.manual_seed(settings.seed)
        sample = settings.temperature > 0
        with torch.no_grad():
            output = self.model.generate(
                **batch, max_new_tokens=settings.max_new_tokens, do_sample=sample,
                temperature=settings.temperature if sample else None, num_return_sequences=settings.num_samples,
                pad_token_id=self.tokenizer.pad_token_id,
            )
        new = output[:, batch["input_ids"].shape[1]:]
        decoded = self.tokenizer.batch_decode(new, skip_special_tokens=True)
        k = settings.num_samples
        return [decoded[i * k:(i + 1) * k] for i in range(len(prompts))]
