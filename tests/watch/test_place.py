import os

from provcheck.watch.place import free_name, move_no_replace, sidecar_path


def test_free_name_adds_counter_before_extension(tmp_path):
    (tmp_path / "a.pdf").write_text("1")
    (tmp_path / "a (2).pdf.txt").write_text("note of a missing file still blocks the name")
    assert free_name(tmp_path, "a.pdf") == tmp_path / "a (3).pdf"
    assert free_name(tmp_path, "b.pdf") == tmp_path / "b.pdf"


def test_move_never_replaces(tmp_path):
    src, dst = tmp_path / "src.pdf", tmp_path / "dst.pdf"
    src.write_text("new")
    dst.write_text("user's file")
    assert move_no_replace(src, dst) is False
    assert dst.read_text() == "user's file" and src.read_text() == "new"


def test_move_finishes_a_half_done_link(tmp_path):
    src, dst = tmp_path / "src.pdf", tmp_path / "dst.pdf"
    src.write_text("x")
    os.link(src, dst)  # killed after linking, before unlinking
    assert move_no_replace(src, dst) is True
    assert not src.exists() and dst.read_text() == "x"


def test_sidecar_is_full_name_plus_txt(tmp_path):
    assert sidecar_path(tmp_path / "x.pdf").name == "x.pdf.txt"
