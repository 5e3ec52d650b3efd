"""Benchmarks the project ships: quality and speed per stage, measured, never asserted in tests."""
