"""Scan clean-up: ruling removal against a plain loop, skew recovered from a page we rotated ourselves."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter

from provcheck.extractor.cleanrules import _runs
from provcheck.extractor.cleanup import clean_for_ocr, median3, needs_median, paper_and_ink, skew_angle


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


def _paper(shape: tuple[int, int] = (900, 1200), level: int = 238) -> Image.Image:
    return Image.new("L", (shape[1], shape[0]), level)


def _strokes(draw: ImageDraw.ImageDraw, x: int, y: int, width: int, fill: int = 30) -> None:
    """Word-like blocks of short vertical strokes (letters) from (x, y), `width` pixels wide."""
    for k in range(0, width, 7):
        draw.rectangle([x + k, y, x + k + 3, y + 20], fill=fill)


def test_a_light_blurred_box_border_is_lifted_but_not_the_words_inside() -> None:
    # a scanned form box: a 1-pixel rule much lighter than the text, softened by the scan
    img = _paper()
    draw = ImageDraw.Draw(img)
    draw.rectangle([100, 100, 1100, 400], outline=150, width=1)
    _strokes(draw, 140, 200, 300)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    cleaned = np.asarray(clean_for_ocr(img, 200))
    assert (cleaned[99:102, 200:1000] > 218).all()  # top border gone
    assert (cleaned[150:350, 99:102] > 218).all()  # left border gone
    strokes = np.asarray(img)[190:230, 130:450] < 120
    assert (cleaned[190:230, 130:450] < 120)[strokes].mean() > 0.95


def test_a_long_run_through_letter_stems_is_not_taken_for_a_rule() -> None:
    # heavy letters whose feet blur into one another make a long run along the baseline, but the
    # run crosses a stem every few pixels: it is text, and must stay
    img = _paper()
    draw = ImageDraw.Draw(img)
    for k in range(0, 600, 9):
        draw.rectangle([200 + k, 300, 203 + k, 330], fill=20)
    draw.rectangle([200, 328, 806, 330], fill=20)
    cleaned = np.asarray(clean_for_ocr(img, 200))
    assert (cleaned[300:331, 200:806] < 120).sum() >= 0.95 * (np.asarray(img)[300:331, 200:806] < 120).sum()


def test_median3_is_the_3x3_median() -> None:
    rng = np.random.default_rng(3)
    for shape in ((7, 9), (40, 31), (3, 3)):
        arr = rng.integers(0, 256, size=shape, dtype=np.uint8)
        expected = np.asarray(Image.fromarray(arr).filter(ImageFilter.MedianFilter(3)))
        assert (median3(arr) == expected).all()


def test_specks_are_removed_and_strokes_kept() -> None:
    img = _paper()
    draw = ImageDraw.Draw(img)
    _strokes(draw, 100, 100, 400)
    arr = np.asarray(img).copy()
    rng = np.random.default_rng(5)
    ys, xs = rng.integers(300, 880, 200), rng.integers(0, 1200, 200)
    arr[ys, xs] = 40  # single-pixel scanner specks on blank paper
    cleaned = np.asarray(clean_for_ocr(Image.fromarray(arr), 200))
    assert (cleaned[300:880] > 200).all()
    assert (cleaned[100:121, 100:500] < 120).sum() > 0.9 * (arr[100:121, 100:500] < 120).sum()


def test_a_bilevel_scan_keeps_its_one_pixel_strokes() -> None:
    # a Group 4 TIFF has no grain; a median would erase its thin strokes
    img = Image.new("L", (1200, 900), 255)
    draw = ImageDraw.Draw(img)
    for k in range(0, 300, 6):
        draw.line([100 + k, 100, 100 + k, 118], fill=0)
    cleaned = np.asarray(clean_for_ocr(img, 150))
    assert (cleaned[100:119, 100:400] < 128).sum() == (np.asarray(img)[100:119, 100:400] < 128).sum()


def test_a_dark_banner_becomes_dark_text_on_paper() -> None:
    img = _paper()
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, 0, 1199, 140], fill=45)  # a letterhead banner across the top
    _strokes(draw, 100, 60, 300, fill=250)  # its name, printed white
    _strokes(draw, 100, 150, 300, fill=30)  # text printed just below it
    _strokes(draw, 100, 400, 300, fill=165)  # a light grey caption further down
    cleaned = np.asarray(clean_for_ocr(img, 200))
    white = np.asarray(img)[60:81, 100:400] > 200
    assert (cleaned[60:81, 100:400][white] < 100).mean() > 0.9  # the banner's letters are now dark
    banner_ground = cleaned[5:135][np.asarray(img)[5:135] < 100]
    assert np.median(banner_ground) > 225  # ... on a ground like the paper
    below = np.asarray(img)[150:171, 100:400] < 120
    assert (cleaned[150:171, 100:400] < 120)[below].mean() > 0.95  # text beside the band is untouched
    caption = np.asarray(img)[400:421, 100:400] < 200
    assert (cleaned[400:421, 100:400] < 200)[caption].mean() > 0.95


def test_a_clean_page_is_not_put_through_the_median() -> None:
    # flat paper, solid strokes: nothing for a median to take off, so the page comes back as it was
    img = _paper()
    draw = ImageDraw.Draw(img)
    for y in (100, 160, 220):
        _strokes(draw, 100, y, 600)
    arr = np.asarray(img)
    paper, _ = paper_and_ink(arr)
    assert not needs_median(arr, paper)
    assert (np.asarray(clean_for_ocr(img, 200)) == arr).all()  # a median would round every stroke's corners


def test_grain_specks_or_a_hairline_call_for_the_median() -> None:
    base = _paper()
    draw = ImageDraw.Draw(base)
    _strokes(draw, 100, 100, 600)
    arr = np.asarray(base)
    rng = np.random.default_rng(7)
    grainy = np.clip(arr + rng.normal(0, 2.5, arr.shape), 0, 255).astype(np.uint8)
    specked = arr.copy()
    specked[rng.integers(300, 880, 120), rng.integers(0, 1200, 120)] = 60
    hairline = base.copy()
    ImageDraw.Draw(hairline).line([50, 500, 1150, 500], fill=150)  # a light 1-pixel rule a sampled row misses
    for page in (grainy, specked, np.asarray(hairline)):
        assert needs_median(page, paper_and_ink(page)[0])
    assert not needs_median(arr, paper_and_ink(arr)[0])


def test_rules_down_searched_in_bands_are_those_of_the_whole_page() -> None:
    from provcheck.extractor.cleanrules import _rules, _rules_down

    rng = np.random.default_rng(14)
    for trial in range(200):
        h, w = (int(v) for v in rng.integers(5, 80, 2))
        dark = rng.random((h, w)) < rng.random()
        for _ in range(trial % 4):  # vertical rules, some reaching the page's edge
            dark[int(rng.integers(0, h)) :, int(rng.integers(0, w))] = True
        length, thickness = int(rng.integers(1, 40)), int(rng.integers(1, 6))
        assert (_rules_down(dark, length, thickness) == _rules(dark, length, thickness, axis=0)).all()
