"""A letter of authority the client sent as an e-mail and printed (issuer, labels, parsers, adviser).

A printed e-mail opens with its header ("From:", "Sent:", "To:", "Cc:", "Subject:"). The provider is
the one whose web domain the "To:" address is at (the registry's `domains`); an address opens no
label ("adviser.support@..." is no "Adviser") and its domain names no firm ("...@stonebridge-
planning.example"). The firm is the one the authority is for ("my authority for Owen Rawcliffe of
Thistledown Wealth Management Ltd"), and a plan listed after the provider's name is the number alone
("Aegon 58542524"). Drawn with reportlab; the people, firms and numbers are invented, the provider
domains are the registry's own.
"""

from __future__ import annotations

import pytest

from provcheck.rules.knowledge import build
from tests.extractor.drawn_rows import record_of

MARKET = {p.name: p for p in build(None).providers}


def _mail(provider: str, domain: str) -> list[tuple]:
    return [
        (36, 30, "Printed from Mailbox Web"),
        (50, 60, f"Letter of authority - {provider} plans 58542524, AW84226665", "Helvetica-Bold"),
        (50, 100, "From:", "Helvetica-Bold"), (110, 100, "Lorna Kettering <lorna.k94@netmail.example>"),
        (50, 114, "Sent:", "Helvetica-Bold"), (110, 114, "Thursday, 21 May 2026 18:07"),
        (50, 128, "To:", "Helvetica-Bold"), (110, 128, f"adviser.support@{domain}"),
        (50, 142, "Cc:", "Helvetica-Bold"), (110, 142, "Owen Rawcliffe <owen@stonebridge-planning.example>"),
        (50, 156, "Subject:", "Helvetica-Bold"), (110, 156, "Letter of authority"),
        (50, 190, "Dear Sir or Madam,"),
        (50, 210, "Please accept this e-mail as my authority for Owen Rawcliffe of Thistledown Wealth Management Ltd,"),
        (50, 224, "Office 9, 40 Guildhall Walk, Yeovil BA6 7ST, to ask for and receive any information about"),
        (50, 238, "my plans."),
        (50, 250, "My details", "Helvetica-Bold"),
        (60, 266, "Full name:"), (200, 266, "Miss Lorna Kettering"),
        (60, 280, "Date of birth:"), (200, 280, "02/08/1978"),
        (50, 310, "Plan numbers", "Helvetica-Bold"),
        (60, 326, f"{provider} 58542524"), (60, 340, f"{provider} AW84226665"),
        (50, 370, "Kind regards,"), (50, 384, "Lorna Kettering"),
        (50, 400, "Electronically signed by Lorna Kettering on 21/05/2026 at 18:07 (typed signature)"),
    ]  # fmt: skip


@pytest.mark.parametrize("provider", ["Aegon", "Zurich", "Quilter"])
def test_an_emailed_authority(tmp_path, options, provider):
    domain = MARKET[provider].domains[-1]
    record = record_of(tmp_path, options, _mail(provider, domain))
    assert record.provider == provider
    assert record.policy_numbers == ["58542524", "AW84226665"]
    assert (record.adviser_firm, record.adviser_name) == ("Thistledown Wealth Management Ltd", "Owen Rawcliffe")
    assert record.client_name == "Lorna Kettering"
