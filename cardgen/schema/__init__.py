"""Typed models of every content and template kind; unknown keys are errors."""
