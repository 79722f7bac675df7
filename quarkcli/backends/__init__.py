"""Model backends shared by generation and (later) judges."""
