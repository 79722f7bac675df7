"""Generation backends: local transformers, vLLM, and OpenAI-compatible servers.

Each takes a batch of prompts (strings or chat messages) and returns, per
prompt, ``num_samples`` response texts.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from ..errors import QuarkError


class GenerateError(QuarkError):
    """A backend that cannot run here, or a model that cannot be loaded; the message says why."""


@dataclass(frozen=True)
class GenerationSettings:
    temperature: float = 1.0
    max_new_tokens: int = 256
    num_samples: int = 1
    seed: int = 0


def _messages(prompt) -> list[dict]:
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
        import torch

        from ..train.runner import load_model

        loaded, tokenizer = load_model(model)
        device = "cuda" if torch.cuda.is_available() else "cpu"
        return cls(loaded.to(device).eval(), tokenizer, device)

    def _text(self, prompt) -> str:
        """Chat messages go through the chat template; plain text too unless told otherwise (as TRL does)."""
        if self.tokenizer.chat_template and (isinstance(prompt, list) or self.template_text_prompts):
            return self.tokenizer.apply_chat_template(_messages(prompt), tokenize=False, add_generation_prompt=True)
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


class VllmBackend:
    name = "vllm"

    def __init__(self, model: str):
        try:
            import torch
            import vllm
        except ImportError:
            raise GenerateError("the vllm backend needs vllm installed (pip install vllm) and a GPU") from None
        if not torch.cuda.is_available():
            raise GenerateError("the vllm backend needs a GPU; use --backend transformers on this machine")
        self.vllm = vllm
        self.llm = vllm.LLM(model=model)

    def generate(self, prompts: list, settings: GenerationSettings) -> list[list[str]]:
        params = self.vllm.SamplingParams(n=settings.num_samples, temperature=settings.temperature,
                                          max_tokens=settings.max_new_tokens, seed=settings.seed)
        outputs = self.llm.chat([_messages(p) for p in prompts], params)
        return [[choice.text for choice in out.outputs] for out in outputs]


class OpenAIBackend:
    """Any OpenAI-compatible server, through the shared chat client (concurrency, retries, no key in output)."""

    name = "openai"

    def __init__(self, chat_settings):
        from ..backends.chat_http import ChatClient

        self.client = ChatClient(chat_settings)

    def generate(self, prompts: list, settings: GenerationSettings) -> list[list[str]]:
        from ..backends.chat_http import ChatError

        requests = [self.client.payload(_messages(p), temperature=settings.temperature, n=settings.num_samples)
                    for p in prompts]
        results = asyncio.run(self.client.complete_many(requests))
        out = []
        for result in results:
            if isinstance(result, ChatError):
                raise GenerateError(str(result))
            out.append((result + [""] * settings.num_samples)[: settings.num_samples])
        return out
