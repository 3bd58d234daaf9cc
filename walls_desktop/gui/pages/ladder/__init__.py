"""Ladder: small steps of closeness, each try a prediction tested against what happened."""
