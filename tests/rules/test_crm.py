import pytest

from provcheck.errors import ConfigError, ExitCode
from provcheck.rules.crm import bundled_profiles, load_crm_profile


def test_bundled_profiles_load():
    assert {"generic", "excel", "intelliflo", "plannr"} <= set(bundled_profiles())
    assert load_crm_profile("excel").bom is True and load_crm_profile("generic").bom is False


def write(tmp_path, text):
    path = tmp_path / "mine.yaml"
    path.write_text(text)
    return path


GOOD = (
    "name: mine\nfiles:\n  - table: plans\n    filename: mine.csv\n    columns:\n"
    "      - {header: Policy, source: policy_number}\n"
)


def test_user_profile_loads(tmp_path):
    assert load_crm_profile(mapping=write(tmp_path, GOOD)).files[0].columns[0].header == "Policy"


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (GOOD.replace("source: policy_number", "source: policy_nmber"), "did you mean 'policy_number'"),
        ("colour: red\n" + GOOD, "colour: unknown key"),
        (GOOD.replace("table: plans", "table: funds"), "files.0.table"),
        (GOOD.replace("{header: Policy, source: policy_number}", "{header: Policy}"), "'source'"),
        (GOOD + "delimiter: ';;'\n", "delimiter"),
        ("name: [unclosed\n", "not valid YAML"),
    ],
)
def test_bad_profile_names_file_key_and_reason(tmp_path, text, needle):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_crm_profile(mapping=path)
    assert str(path) in info.value.message and needle in info.value.message
    assert info.value.exit_code == ExitCode.USAGE


def test_unknown_bundled_name():
    with pytest.raises(ConfigError, match="no such profile"):
        load_crm_profile("salesforce")
