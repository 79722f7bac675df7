"""Generation backends: local transformers, vLLM, and OpenAI-compatible servers.

Each takes a batch of prompts (strings or chat messages) and returns, per
prompt, ``num_samples`` response texts.
"""

from __future__ import annotations

import asyncio

from ..backends.local_model import GenerationSettings, TransformersBackend, messages
from ..errors import QuarkError

__all__ = ["GenerateError", "GenerationSettings", "OpenAIBackend", "TransformersBackend", "VllmBackend"]


class GenerateError(QuarkError):
    """A backend that cannot run here, or a model that cannot be loaded; the message says why."""


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
        outputs = self.llm.chat([messages(p) for p in prompts], params)
        return [[choice.text for choice in out.outputs] for out in outputs]


class OpenAIBackend:
    """Any OpenAI-compatible server, through the shared chat client (concurrency, retries, no key in output)."""

    name = "openai"

    def __init__(self, chat_settings):
        from ..backends.chat_http import ChatClient

        self.client = ChatClient(chat_settings)

    def generate(self, prompts: list, settings: GenerationSettings) -> list[list[str]]:
        from ..backends.chat_http import ChatError

        requests = [self.client.payload(messages(p), temperature=settings.temperature, n=settings.num_samples)
                    for p in prompts]
        results = asyncio.run(self.client.complete_many(requests))
        out = []
        for result in results:
            if isinstance(result, ChatError):
                raise GenerateError(str(result))
            out.append((result + [""] * settings.num_samples)[: settings.num_samples])
        return out
