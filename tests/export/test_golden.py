"""One golden image: a fixed synthetic chart at the Web size, compared with a tolerance.

Set CAVIEWER_UPDATE_GOLDEN=1 to rewrite the golden file (look at it before committing); a failing
comparison leaves the new rendering beside the test's temp folder for inspection.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from PySide6.QtGui import QImage
from tests.export.test_chart_files import pixels

from caviewer.ui.export.chart_export import ExportSize, render_image
from caviewer.ui.export.chart_spec import ChartFigure

GOLDEN = Path(__file__).parent / "golden" / "synthetic-trade-1200x675.png"


def test_synthetic_chart_matches_golden(qapp, synthetic_figure: ChartFigure, tmp_path: Path) -> None:
    image = render_image(synthetic_figure, ExportSize(1200, 675))
    if os.environ.get("CAVIEWER_UPDATE_GOLDEN"):
        image.save(str(GOLDEN), "PNG")
    golden = QImage(str(GOLDEN))
    assert not golden.isNull(), f"missing {GOLDEN}; run with CAVIEWER_UPDATE_GOLDEN=1"
    new, old = pixels(image).astype(int), pixels(golden).astype(int)
    assert new.shape == old.shape
    diff = np.abs(new - old).max(axis=2)
    if diff.mean() > 1.5 or (diff > 96).mean() > 0.005:
        image.save(str(tmp_path / GOLDEN.name), "PNG")
        raise AssertionError(
            f"rendering differs from {GOLDEN.name}: mean {diff.mean():.2f}, "
            f"{(diff > 96).mean():.2%} of pixels far off; new image in {tmp_path}"
        )
