"""Align the measures of two notices and describe how each changed."""
