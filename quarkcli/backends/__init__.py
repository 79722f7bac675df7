"""Model backends shared by generation, the judges and training: local models, the chat-completions client
and its answer cache."""
