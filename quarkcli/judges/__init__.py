"""LLM-judge dimension types: judge_score (a graded scale) and judge_rubric (HealthBench-style criteria)."""
