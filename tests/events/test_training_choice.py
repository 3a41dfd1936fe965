"""The ACLED model's shipped choice (extra sources, threshold, relabel unlabelled) is stable:
the a-priori default stays unless cross-validation shows another clearly better, so a
retraining after a small rule change does not flip the threshold on noise."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_event_models.py"


def _train_module():
    spec = importlib.util.spec_from_file_location("train_event_models", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_default_kept_when_another_choice_is_only_noise_better():
    mod = _train_module()
    default = mod.DEFAULT_ACLED_CHOICE
    smooth = {default: 0.699, ((), 0.65, False): 0.699 + mod.ACLED_MARGIN / 2, ((), 2.0, False): 0.69}
    assert mod.choose_acled(smooth) == default


def test_clearly_better_choice_replaces_the_default():
    mod = _train_module()
    default = mod.DEFAULT_ACLED_CHOICE
    better = (("ucdp",), 0.5, False)
    smooth = {default: 0.70, better: 0.70 + 2 * mod.ACLED_MARGIN, ((), 0.6, False): 0.70 + mod.ACLED_MARGIN / 2}
    assert mod.choose_acled(smooth) == better


def test_ties_among_clearly_better_choices_go_to_fewer_sources_then_higher_threshold():
    mod = _train_module()
    default = mod.DEFAULT_ACLED_CHOICE
    top = 0.70 + 2 * mod.ACLED_MARGIN
    smooth = {default: 0.70, (("ucdp",), 0.9, True): top, ((), 0.6, True): top, ((), 0.8, False): top}
    assert mod.choose_acled(smooth) == ((), 0.8, False)
