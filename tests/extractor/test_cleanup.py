"""Scan clean-up: ruling removal against a plain loop, skew recovered from a page we rotated ourselves."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from provcheck.extractor.cleanup import _runs, clean_for_ocr, skew_angle


def _long_runs_by_loop(dark: np.ndarray, length: int, axis: int) -> np.ndarray:
    grid = dark.T if axis == 0 else dark
    out = np.zeros_like(grid)
    for r, line in enumerate(grid):
        c = 0
        while c < len(line):
            if not line[c]:
                c += 1
                continue
            end = c
            while end < len(line) and line[end]:
                end += 1
            if end - c >= length:
                out[r, c:end] = True
            c = end
    return out.T if axis == 0 else out


@pytest.mark.parametrize("axis", [0, 1])
@pytest.mark.parametrize("length", [1, 3, 10, 45, 60, 200])
def test_runs_match_a_plain_loop(axis: int, length: int) -> None:
    rng = np.random.default_rng(length * 10 + axis)
    for _ in range(10):
        dark = rng.random((60, 45)) < rng.random()
        assert (_runs(dark, length, axis) == _long_runs_by_loop(dark, length, axis)).all()


def test_run_touching_the_edge_is_removed_whole() -> None:
    dark = np.zeros((1, 8), dtype=bool)
    dark[0, 3:] = True
    assert _runs(dark, 5, 1).tolist() == [[False, False, False, True, True, True, True, True]]


def _page(angle: float = 0.0) -> Image.Image:
    img = Image.new("L", (1200, 1600), 255)
    draw = ImageDraw.Draw(img)
    for i in range(30):
        y = 100 + i * 45
        for j in range(12):  # word-like blocks of short strokes
            x = 80 + j * 85
            for k in range(0, 60, 6):
                draw.rectangle([x + k, y, x + k + 3, y + 18], fill=0)
    return img.rotate(angle, fillcolor=255) if angle else img


@pytest.mark.parametrize("angle", [-3.0, -1.5, 0.0, 2.0, 3.0])
def test_skew_angle_undoes_a_known_rotation(angle: float) -> None:
    measured = skew_angle(_page(angle))
    assert abs(measured + angle) <= 0.25


def test_clean_for_ocr_lifts_a_box_but_keeps_the_strokes() -> None:
    img = _page()
    draw = ImageDraw.Draw(img)
    draw.rectangle([60, 90, 1140, 1480], outline=0, width=3)  # a form box around everything
    cleaned = np.asarray(clean_for_ocr(img, 200)) < 140
    assert not cleaned[90:93, 300:900].any()  # top border gone
    assert not cleaned[600:900, 60:63].any()  # left border gone
    strokes = np.asarray(_page()) < 140
    kept = (cleaned & strokes).sum() / strokes.sum()
    assert kept > 0.95
