import os

from provcheck.watch.settle import Settler, is_input_name


class Clock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t


def test_input_names():
    assert is_input_name("Statement.PDF") and is_input_name("scan.tiff")
    for name in (".hidden.pdf", "~$lock.pdf", "x.pdf.part", "x.pdf.crdownload", "notes.txt", "x.docx"):
        assert not is_input_name(name)


def test_file_is_ready_only_after_it_stops_changing(tmp_path):
    clock = Clock()
    settler = Settler(1.0, clock)
    f = tmp_path / "a.pdf"
    f.write_bytes(b"1")
    assert settler.scan(tmp_path) == []
    clock.t = 0.6
    with open(f, "ab") as fh:
        fh.write(b"22")
    assert settler.scan(tmp_path) == []
    clock.t = 1.2  # 0.6 s since the last change
    assert settler.scan(tmp_path) == []
    clock.t = 1.7
    assert settler.scan(tmp_path) == ["a.pdf"]


def test_renamed_into_place_is_ready_at_once(tmp_path):
    settler = Settler(10.0, Clock())
    (tmp_path / "a.pdf.part").write_bytes(b"x")
    assert settler.scan(tmp_path) == []
    os.rename(tmp_path / "a.pdf.part", tmp_path / "a.pdf")
    settler.mark_renamed("a.pdf")
    assert settler.scan(tmp_path) == ["a.pdf"]


def test_subfolders_are_not_inputs(tmp_path):
    settler = Settler(0.0, Clock())
    (tmp_path / "review").mkdir()
    (tmp_path / "review" / "a.pdf").write_bytes(b"x")
    assert settler.scan(tmp_path) == []
