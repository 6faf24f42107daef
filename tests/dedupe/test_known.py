import pytest

from provcheck.dedupe.known import load_known
from provcheck.errors import ConfigError, ExitCode


def write(tmp_path, text, name="crm.csv", encoding="utf-8-sig"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_clients_export_with_bom_and_loose_headers(tmp_path):
    path = write(
        tmp_path,
        "Client Ref,Title,First Name,Middle-Names,SURNAME,Date of Birth,NI Number,Post Code\r\n"
        "C-17,Mrs,Jane,Anne,Smith,14/03/1961,AB123456C,SW1A 1AA\r\n"
        ",Mr,Paul,,Jones,1970-01-02,,\r\n"
        ",,,,,,,\r\n",
    )
    known = load_known(path)
    assert known.plans == []
    jane, paul = known.clients
    assert (jane.ref, jane.client_ref, jane.name, jane.dob, jane.ni, jane.postcode) == (
        f"known:{path}#C-17",
        "C-17",
        "Jane Anne Smith",
        "1961-03-14",
        "AB123456C",
        "SW1A 1AA",
    )
    assert paul.ref == f"known:{path}#3"  # no client_ref: the line number
    assert (paul.dob, paul.ni, paul.postcode) == ("1970-01-02", None, None)


def test_plans_export(tmp_path):
    path = write(
        tmp_path,
        "plan_ref,client_ref,provider_name,policy_number,valuation_date\n"
        "P1,C-17,Aviva,PP12345678,2025-04-05\n"
        "P2,C-17,Aviva,PP999,\n",  # no valuation date: cannot be the same plan *statement*
    )
    known = load_known(path)
    assert known.clients == []
    assert [(p.ref, p.client_ref, p.provider, p.policy_number, p.valuation_date) for p in known.plans] == [
        (f"known:{path}#P1", "C-17", "Aviva", "PP12345678", "2025-04-05")
    ]


@pytest.mark.parametrize(
    ("content", "encoding", "words"),
    [
        ("", "utf-8", "empty"),
        ("colour,size\nred,10\n", "utf-8", "no client columns"),
        ("last_name,date_of_birth\nSmith,14th March\n", "utf-8", "line 2, date_of_birth '14th March'"),
        ("last_name,date_of_birth\nMüller,1961-03-14\n", "latin-1", "not UTF-8"),
    ],
)
def test_bad_files_are_config_errors(tmp_path, content, encoding, words):
    path = write(tmp_path, content, encoding=encoding)
    with pytest.raises(ConfigError) as caught:
        load_known(path)
    assert str(path) in caught.value.message and words in caught.value.message
    assert caught.value.exit_code == ExitCode.USAGE


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="cannot be read"):
        load_known(tmp_path / "nope.csv")


@pytest.mark.parametrize(
    "header",
    [
        "Client Reference,Full Name,D.O.B.,NI No,Post Code",
        "client_ref,name,dob,nino,postcode",
        "CLIENT_REF , Client Name , Date Of Birth , National Insurance Number , POSTCODE",
    ],
)
def test_other_header_spellings(tmp_path, header):
    path = write(tmp_path, header + "\nC9,Mrs Jane Smith,1961-03-14,AB123456C,SW1A 1AA\n")
    (client,) = load_known(path).clients
    assert (client.client_ref, client.name, client.dob, client.ni, client.postcode) == (
        "C9",
        "Mrs Jane Smith",
        "1961-03-14",
        "AB123456C",
        "SW1A 1AA",
    )
