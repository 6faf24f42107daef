"""The pre-flight stream check (extractor/guard.py), on streams written here with a small cap.

Sizes are counted by zlib itself while the files are built, so the truth of "inflates to N
bytes" never comes from the code under test.
"""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from provcheck.errors import DocumentFailure
from provcheck.extractor.guard import check_streams

CAP = 1 << 20


def stream_object(number: int, data: bytes, filters: bytes = b"/FlateDecode", length: int | None = None) -> bytes:
    length = len(data) if length is None else length
    head = b"%d 0 obj\n<< /Length %d /Filter %s >>\nstream\n" % (number, length, filters)
    return head + data + b"\nendstream\nendobj\n"


def write(tmp_path: Path, *objects: bytes) -> Path:
    path = tmp_path / "doc.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"".join(objects) + b"%%EOF\n")
    return path


def deflate(data: bytes, raw: bool = False) -> bytes:
    comp = zlib.compressobj(9, zlib.DEFLATED, -15 if raw else 15)
    return comp.compress(data) + comp.flush()


def refused(path: Path) -> bool:
    try:
        check_streams(path, CAP)
    except DocumentFailure as failure:
        assert failure.rule == "too_large" and "1 MB" in failure.message
        return True
    return False


def test_a_stream_at_the_cap_passes_and_one_byte_more_is_refused(tmp_path):
    assert not refused(write(tmp_path, stream_object(1, deflate(b"\0" * CAP))))
    assert refused(write(tmp_path, stream_object(1, deflate(b"\0" * (CAP + 1)))))


def test_the_refusal_names_the_streams_offset(tmp_path):
    ok = stream_object(1, deflate(b"x" * 1000))
    path = write(tmp_path, ok, stream_object(2, deflate(b"\0" * (2 * CAP))))
    with pytest.raises(DocumentFailure) as caught:
        check_streams(path, CAP)
    at = path.read_bytes().index(b"stream\n", len(b"%PDF-1.7\n") + len(ok)) + len(b"stream\n")
    assert f"at byte {at}" in caught.value.message


@pytest.mark.parametrize(
    ("filters", "layers"),
    [
        (b"[/FlateDecode /FlateDecode]", 2),  # each layer alone stays under the cap's reach; together they pass it
        (b"[/Fl /Fl /Fl]", 3),  # abbreviated names, as inline images use
    ],
)
def test_a_chain_of_flate_filters_is_inflated_through(tmp_path, filters, layers):
    data = b"\0" * (4 * CAP)
    for _ in range(layers):
        data = deflate(data)
    assert len(data) * 1032 <= CAP  # read as one Flate layer, it could not reach the cap and would be let by
    assert refused(write(tmp_path, stream_object(1, data, filters)))


def test_a_lying_length_does_not_hide_the_data(tmp_path):
    assert refused(write(tmp_path, stream_object(1, deflate(b"\0" * (2 * CAP)), length=10)))


def test_raw_deflate_without_a_zlib_header_is_counted_too(tmp_path):
    assert refused(write(tmp_path, stream_object(1, deflate(b"\0" * (2 * CAP), raw=True))))


def test_a_bomb_after_a_broken_xref_or_without_endstream_is_found(tmp_path):
    cut = stream_object(1, deflate(b"\0" * (2 * CAP))).split(b"\nendstream")[0]
    assert refused(write(tmp_path, b"xref\ngarbage\n", cut))


def test_other_filters_and_damaged_data_pass(tmp_path):
    big_dct = stream_object(1, b"\xff\xd8" + b"\0" * (CAP // 100), b"/DCTDecode")
    damaged = stream_object(2, b"\x78\x9c" + bytes(range(256)) * 40)
    assert not refused(write(tmp_path, big_dct, damaged))


def test_ordinary_documents_pass(tmp_path):
    samples = sorted((Path(__file__).parents[2] / "samples" / "text").glob("*.pdf"))[:5]
    assert samples
    for sample in samples:
        check_streams(sample, CAP)  # raises if refused
