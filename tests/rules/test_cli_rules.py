"""`provcheck rules check` and `rules show` via the typer app: exit codes, messages, no traceback."""

import yaml
from typer.testing import CliRunner

from provcheck.cli import app

runner = CliRunner()


def _write(tmp_path, text):
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_pack_exits_0(tmp_path):
    path = _write(tmp_path, "rules:\n  isin: {enabled: false}\n")
    result = runner.invoke(app, ["rules", "check", str(path)])
    assert result.exit_code == 0, result.output
    assert "valid" in result.output and result.exception is None


def test_unknown_key_exits_2_with_file_key_suggestion(tmp_path):
    path = _write(tmp_path, "rules:\n  postcod: {enabled: false}\n")
    result = runner.invoke(app, ["rules", "check", str(path)])
    assert result.exit_code == 2
    assert f"{path}: rules.postcod: unknown key; did you mean 'postcode'?" in result.output
    assert "Traceback" not in result.output


def test_wrong_type_exits_2(tmp_path):
    path = _write(tmp_path, "rules:\n  holdings_sum: {tolerance: lots}\n")
    result = runner.invoke(app, ["rules", "check", str(path)])
    assert result.exit_code == 2
    assert f"{path}: rules.holdings_sum.tolerance:" in result.output and "number" in result.output


def test_bad_regex_exits_2(tmp_path):
    path = _write(tmp_path, "providers:\n  Harrowgate Mutual: {policy_pattern: 'HM[0-9'}\n")
    result = runner.invoke(app, ["rules", "check", str(path)])
    assert result.exit_code == 2
    assert f"{path}: providers.Harrowgate Mutual.policy_pattern:" in result.output
    assert "regular expression" in result.output


def test_bad_yaml_exits_2(tmp_path):
    path = _write(tmp_path, "rules: [\n")
    result = runner.invoke(app, ["rules", "check", str(path)])
    assert result.exit_code == 2
    assert str(path) in result.output and "not valid YAML" in result.output


def test_missing_file_exits_2(tmp_path):
    result = runner.invoke(app, ["rules", "check", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2 and "not found" in result.output


def test_show_prints_the_effective_pack(tmp_path):
    path = _write(tmp_path, "rules:\n  loa_expired: {validity_months: 6}\n")
    result = runner.invoke(app, ["rules", "show", "--rules", str(path)])
    assert result.exit_code == 0, result.output
    shown = yaml.safe_load(result.stdout)
    assert shown["rules"]["loa_expired"]["validity_months"] == 6
    assert shown["rules"]["ni_number"]["severity"] == "error"


def test_commands_have_help_and_an_example():
    for command in ("check", "show"):
        result = runner.invoke(app, ["rules", command, "--help"])
        assert result.exit_code == 0 and "Example: provcheck rules" in result.output
