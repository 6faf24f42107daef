"""The knowledge in force: bundled registry, then a knowledge folder, read strictly (issue 11).

Every provider here is invented for the test (".example" domains, numbers in the 99xxxx range
the tests own); none is a real firm.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from provcheck.cli import app
from provcheck.errors import ConfigError
from provcheck.rules import load_labels, load_providers
from provcheck.rules.knowledge import BUNDLED, build, use_knowledge
from provcheck.rules.loader import DATA_DIR
from provcheck.rules.registry import registry

runner = CliRunner()
SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "knowledge"

TARN = """providers:
  - name: Tarn Pensions
    kind: life_pension
    entities:
      - {legal_name: Tarn Pensions Limited, frn: "990101", company_number: "09901010"}
    former_names: [Fellside Assurance]
    domains: [tarnpensions.example]
    policy_format: {pattern: '^TP\\d{6}$', described: "'TP' and 6 digits"}
    source: invented for provcheck's tests; no real firm
labels:
  fields:
    policy_number: [savings pot code]
"""


@pytest.fixture(autouse=True)
def _restore():
    yield
    use_knowledge(None)  # back to the tests' default (samples/knowledge, tests/conftest.py)


def _folder(tmp_path: Path, text: str, name: str = "mine.yaml") -> Path:
    folder = tmp_path / "knowledge"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_the_bundled_registry_holds_no_invented_house():
    bundled = build(None)
    names = {p.name for p in bundled.providers}
    samples = {p["name"] for f in SAMPLES.rglob("*.yaml") for p in yaml.safe_load(f.read_text())["providers"]}
    assert len(samples) == 10 and not names & samples
    assert all(p.kind != "sample" for p in bundled.providers)
    assert all(p.source for p in bundled.providers)


def test_sample_houses_come_from_the_sample_folder():
    found = use_knowledge(SAMPLES)
    aldgate = found.provider("Aldgate Life")
    assert aldgate is not None and aldgate.policy_pattern == r"^AL\d{8}$"
    assert found.origins["Aldgate Life"] == (str(SAMPLES / "providers" / "aldgate_life.yaml"),)
    assert BUNDLED not in found.origins["Aldgate Life"]


def test_a_folder_adds_a_provider_and_a_wording(tmp_path):
    folder = _folder(tmp_path, TARN)
    found = use_knowledge(folder)
    tarn = found.provider("Tarn Pensions")
    assert tarn is not None and tarn in load_providers()
    assert "Fellside Assurance" in tarn.names() and tarn.domains == ["tarnpensions.example"]
    assert "savings pot code" in load_labels().fields["policy_number"]
    assert "policy number" in load_labels().fields["policy_number"]  # the bundled wordings stay
    # another folder replaces it: nothing of the first one lingers in this process
    use_knowledge(SAMPLES)
    assert "savings pot code" not in load_labels().fields["policy_number"]
    assert all(p.name != "Tarn Pensions" for p in load_providers())


def test_a_later_entry_adds_names_to_a_known_provider(tmp_path):
    folder = _folder(tmp_path, TARN, "a.yaml")
    (folder / "b.yaml").write_text(
        "providers:\n  - name: Tarn Pensions\n    aliases: [Tarn]\n    loa_validity_months: 6\n"
        "    source: our own records\n",
        encoding="utf-8",
    )
    tarn = use_knowledge(folder).provider("Tarn Pensions")
    assert tarn.aliases == ["Tarn"] and tarn.loa_validity_months == 6
    assert tarn.policy_pattern == r"^TP\d{6}$"  # what the later entry leaves unset stays
    assert len(use_knowledge(folder).origins["Tarn Pensions"]) == 2


def test_a_misspelt_key_is_refused_with_file_key_and_reason(tmp_path):
    folder = _folder(tmp_path, "providers:\n  - name: Tarn Pensions\n    sourc: our records\n")
    with pytest.raises(ConfigError) as err:
        use_knowledge(folder)
    message = err.value.message
    assert f"{folder / 'mine.yaml'}: providers.0.sourc: unknown key; did you mean 'source'?" in message
    assert f"{folder / 'mine.yaml'}: providers.0.source: Field required" in message


@pytest.mark.parametrize(
    ("text", "key", "reason"),
    [
        ("providers:\n  - {name: X Life, source: s, entities: [{legal_name: X Life Ltd, frn: '12ab'}]}\n",
         "providers.0.entities.0.frn", "String should match pattern"),
        ("providers:\n  - {name: X Life, source: s, domains: ['not a domain']}\n", "providers.0.domains",
         "not a web domain"),
        ("providers:\n  - {name: X Life, source: s, policy_format: {pattern: 'X[0-9'}}\n",
         "providers.0.policy_format.pattern", "not a valid regular expression"),
        ("labels:\n  fields:\n    polcy_number: [pot code]\n", "fields", "did you mean 'policy_number'"),
    ],
)
def test_broken_files_are_refused(tmp_path, text, key, reason):
    folder = _folder(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        use_knowledge(folder)
    assert f"{folder / 'mine.yaml'}: {key}" in err.value.message and reason in err.value.message


def test_one_printed_name_cannot_name_two_providers(tmp_path):
    folder = _folder(tmp_path, TARN + "")
    (folder / "other.yaml").write_text(
        "providers:\n  - {name: Fell Life, former_names: [Fellside Assurance], source: ours}\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="'Fell Life' is printed as 'fellside assurance'"):
        use_knowledge(folder)


def test_a_missing_folder_given_is_an_error_the_default_absent_is_not(tmp_path, monkeypatch):
    with pytest.raises(ConfigError, match="no such folder"):
        use_knowledge(tmp_path / "nowhere")
    monkeypatch.setenv("PROVCHECK_KNOWLEDGE", str(tmp_path / "nowhere"))
    assert use_knowledge(None).folder is None  # the default place, absent: bundled knowledge only


def test_every_bundled_entry_names_its_source():
    for rel in registry().providers:
        for entry in yaml.safe_load((DATA_DIR / rel).read_text(encoding="utf-8"))["providers"] or []:
            assert entry.get("source"), entry.get("name")


def test_rules_check_takes_a_knowledge_folder(tmp_path):
    good = _folder(tmp_path, TARN)
    result = runner.invoke(app, ["rules", "check", str(good)])
    assert result.exit_code == 0, result.output
    expected = "a valid knowledge folder (1 providers added or extended, 1 files of label wordings, 0 learned wordings)"
    assert expected in result.output
    (good / "bad.yaml").write_text("providers:\n  - {name: Y Life}\n", encoding="utf-8")
    result = runner.invoke(app, ["rules", "check", str(good)])
    assert result.exit_code == 2 and f"{good / 'bad.yaml'}: providers.0.source: Field required" in result.output


def test_rules_show_lists_what_is_in_force_and_where_from(tmp_path):
    folder = _folder(tmp_path, TARN)
    result = runner.invoke(app, ["rules", "show", "--knowledge", str(folder)])
    assert result.exit_code == 0, result.output
    shown = yaml.safe_load(result.output)
    tarn = next(p for p in shown["providers_in_force"] if p["name"] == "Tarn Pensions")
    assert tarn["from"] == [str(folder / "mine.yaml")] and "Fellside Assurance" in tarn["names"]
    assert shown["knowledge_folder"] == str(folder)
    assert shown["label_wordings_from"] == ["bundled", str(folder / "mine.yaml")]
    assert "rules" in shown and "required" in shown


def _tarn_statement(path: Path) -> Path:
    """A statement from a house provcheck does not ship, labelling its plan number in its own words."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(60, 790, "Tarn Pensions")
    c.setFont("Helvetica", 10)
    lines = ["Annual statement", "Statement period: 1 April 2025 to 31 March 2026", "Client name: Mrs Jane Smith",
             "Savings pot code: TP123456", "Plan type: Personal pension", "Plan value: £12,345.67"]
    for i, text in enumerate(lines):
        c.drawString(60, 740 - 16 * i, text)
    c.setFont("Helvetica", 7)
    c.drawString(60, 50, "Tarn Pensions Limited is authorised and regulated by the Financial Conduct Authority.")
    c.save()
    return path


def test_the_next_check_uses_what_a_firm_teaches(tmp_path):
    import json

    pdf = _tarn_statement(tmp_path / "tarn.pdf")
    args = ["check", str(pdf), "--json", "--as-of", "2026-11-01", "--jobs", "1"]
    before = json.loads(runner.invoke(app, [*args, "--knowledge", str(SAMPLES)]).stdout)
    assert before["record"]["provider"] == "Tarn Pensions"  # as printed, legal suffix removed
    assert before["record"]["policy_number"] is None
    assert "provider_unknown" in {i["rule"] for i in before["issues"]}
    folder = _folder(tmp_path, TARN)
    result = runner.invoke(app, [*args, "--knowledge", str(folder)])
    after = json.loads(result.stdout)
    assert after["record"]["provider"] == "Tarn Pensions" and after["record"]["policy_number"] == "TP123456"
    assert "provider_unknown" not in {i["rule"] for i in after["issues"]}
    assert after["evidence"]["provider"]["basis"] == "legal_name"  # "Tarn Pensions Limited" in the footer
