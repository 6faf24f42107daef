import os

from provcheck.watch.place import free_name, move_no_replace, move_with_note, sidecar_path, write_missing_sidecar


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


def test_the_note_is_there_before_the_file(tmp_path):
    src, dst = tmp_path / "src.pdf", tmp_path / "failed" / "x.pdf"
    dst.parent.mkdir()
    src.write_text("x")
    assert move_with_note(src, dst, "why it failed\n") is True
    assert dst.read_text() == "x" and sidecar_path(dst).read_text() == "why it failed\n" and not src.exists()
    assert sorted(p.name for p in dst.parent.iterdir()) == ["x.pdf", "x.pdf.txt"]  # no temporary file left


def test_a_taken_name_keeps_its_file_and_gets_no_note_of_ours(tmp_path):
    src, dst = tmp_path / "src.pdf", tmp_path / "x.pdf"
    src.write_text("new")
    dst.write_text("user's file")
    assert move_with_note(src, dst, "our note") is False
    assert dst.read_text() == "user's file" and src.read_text() == "new"
    assert not sidecar_path(dst).exists()  # the note written for that name is taken back


def test_a_users_file_with_the_notes_name_is_left_alone(tmp_path):
    src, dst = tmp_path / "src.pdf", tmp_path / "x.pdf"
    src.write_text("new")
    sidecar_path(dst).write_text("the user's own notes")
    assert move_with_note(src, dst, "our note") is False
    assert sidecar_path(dst).read_text() == "the user's own notes" and src.exists() and not dst.exists()


def test_a_move_killed_after_its_note_is_finished(tmp_path):
    src, dst = tmp_path / "src.pdf", tmp_path / "x.pdf"
    src.write_text("x")
    sidecar_path(dst).write_text("our note")  # the earlier session wrote the note, then was killed
    assert move_with_note(src, dst, "our note") is True
    assert dst.read_text() == "x" and sidecar_path(dst).read_text() == "our note"


def test_a_missing_note_is_written_and_a_present_one_kept(tmp_path):
    placed = tmp_path / "x.pdf"
    placed.write_text("x")
    assert write_missing_sidecar(placed, "first") is True
    assert write_missing_sidecar(placed, "second") is False
    assert sidecar_path(placed).read_text() == "first"
