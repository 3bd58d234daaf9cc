"""Reflect: a self-reflection on worry about being left and unease with closeness, per relationship, over time."""
