"""Generation backends: local transformers, vLLM, and OpenAI-compatible servers.

Each takes a batch of prompts (strings or chat messages) and returns, per
prompt, ``num_samples`` response texts.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Callable

from ..backends.local_model import GenerationSettings, TransformersBackend, messages, model_problem
from ..errors import QuarkError

__all__ = ["BACKENDS", "GenerateError", "GenerationSettings", "OpenAIBackend", "TransformersBackend", "VllmBackend"]


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


@dataclass(frozen=True)
class Backend:
    """How `quark generate --backend NAME` builds a backend from the model name and the server options,
    and why it cannot (checked before any input is read)."""

    build: Callable[[str, dict], object]
    problem: Callable[[str, dict], str | None] = lambda model, server: None


def _openai(model: str, server: dict) -> OpenAIBackend:
    from ..backends.chat_http import ChatSettings

    return OpenAIBackend(ChatSettings(model=model, **server))


BACKENDS = {
    "transformers": Backend(lambda model, server: TransformersBackend.load(model),
                            lambda model, server: model_problem(model)),
    "vllm": Backend(lambda model, server: VllmBackend(model)),
    "openai": Backend(_openai, lambda model, server: None if server.get("base_url")
                      else "the openai backend needs --base-url"),
}
