"""Benchmarks of speed and scale: `python -m bench` runs them all and writes bench/RESULTS.md."""
