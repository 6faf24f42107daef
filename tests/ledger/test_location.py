from pathlib import Path

from provcheck.ledger.location import filesystem_type, network_warning, resolve_ledger_path


def test_option_beats_env(monkeypatch, tmp_path):
    monkeypatch.setenv("PROVCHECK_LEDGER", str(tmp_path / "env.sqlite"))
    assert resolve_ledger_path(tmp_path / "opt.sqlite") == tmp_path / "opt.sqlite"
    assert resolve_ledger_path(None) == tmp_path / "env.sqlite"


def test_default_is_in_user_data_dir(monkeypatch):
    monkeypatch.delenv("PROVCHECK_LEDGER", raising=False)
    path = resolve_ledger_path(None)
    assert path.name == "ledger.sqlite" and path.parent.name == "provcheck"


def test_filesystem_type_picks_longest_mount(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sda1 / ext4 rw 0 0\nserver:/share /mnt/share nfs4 rw 0 0\n")
    assert filesystem_type(Path("/mnt/share/x/ledger.sqlite"), mounts) == "nfs4"
    assert filesystem_type(Path("/mnt/sharex/ledger.sqlite"), mounts) == "ext4"


def test_local_disk_gives_no_warning(tmp_path):
    assert network_warning(tmp_path / "ledger.sqlite") is None
