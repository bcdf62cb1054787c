"""The one atomic write: the target holds the old content or the new, never half, and no temp
file is left behind either way."""
import os

import pytest

from engagement_desktop.storage.atomic import atomic_path, write_text


def test_a_new_file_gets_the_usual_permissions_not_the_temp_files_0600(tmp_path):
    umask = os.umask(0o022)
    os.umask(umask)
    write_text(tmp_path / "a.json", "{}")
    assert (tmp_path / "a.json").stat().st_mode & 0o777 == 0o666 & ~umask
    write_text(tmp_path / "private.json", "{}", new_file_mode=0o600)
    assert (tmp_path / "private.json").stat().st_mode & 0o777 == 0o600


def test_a_replaced_file_keeps_its_permissions_and_gets_the_new_text(tmp_path):
    target = tmp_path / "a.json"
    target.write_text("old")
    os.chmod(target, 0o640)
    write_text(target, "new — ü")
    assert target.read_text(encoding="utf-8") == "new — ü"
    assert target.stat().st_mode & 0o777 == 0o640
    assert os.listdir(tmp_path) == ["a.json"]


def test_a_writer_that_fails_leaves_the_old_file_and_no_temp_file(tmp_path):
    target = tmp_path / "chart.png"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError, match="renderer broke"), atomic_path(target) as temp:
        temp.write_bytes(b"half")
        raise RuntimeError("renderer broke")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["chart.png"]


def test_the_temp_path_is_hidden_beside_the_target_and_keeps_its_extension(tmp_path):
    with atomic_path(tmp_path / "chart.svg") as temp:
        assert temp.parent == tmp_path and temp.name.startswith(".chart.")
        assert temp.suffix == ".svg"  # writers that pick the format from the name still can
        temp.write_text("<svg/>")
    assert (tmp_path / "chart.svg").read_text() == "<svg/>"


def test_a_missing_folder_is_an_os_error_naming_no_temp_file(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_text(tmp_path / "nowhere" / "a.json", "{}")
    assert os.listdir(tmp_path) == []
