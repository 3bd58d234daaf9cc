"""The predictions kept for later, read from and written to their one setting."""

from __future__ import annotations

from walls_desktop.core.ladder_predictions import Prediction, predictions_from_dict, predictions_to_dict
from walls_desktop.core.settings import LADDER_PREDICTIONS
from walls_desktop.gui.context import AppContext


def kept_predictions(ctx: AppContext) -> dict[int, Prediction]:
    return predictions_from_dict(ctx.settings.get(LADDER_PREDICTIONS))


def keep_prediction(ctx: AppContext, step_id: int, prediction: Prediction) -> None:
    """Raises StoreError when the store cannot be written."""
    ctx.settings.set(LADDER_PREDICTIONS, predictions_to_dict(kept_predictions(ctx) | {step_id: prediction}))


def forget_prediction(ctx: AppContext, step_id: int) -> None:
    kept = kept_predictions(ctx)
    if kept.pop(step_id, None) is not None:
        ctx.settings.set(LADDER_PREDICTIONS, predictions_to_dict(kept))
