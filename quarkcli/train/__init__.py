"""`quark train`: GRPO through TRL and accelerate, with Quark's engine as the reward."""

ENGINE_STATE = "quark_engine.json"
LOG_HISTORY = "log_history.jsonl"
