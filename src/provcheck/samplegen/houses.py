"""Each registry provider's house style: fonts, letterhead, label wording, products and funds.

The provider's identity (canonical name, aliases, policy pattern) comes from the rules data; only
the look and the product range live here. A provider missing from this table gets a house derived
from its name, so a new registry file still yields samples.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from provcheck.rules.knowledge import BUNDLED, active
from provcheck.rules.registry import Provider


@dataclass(frozen=True)
class House:
    """How one provider's paperwork looks."""

    font: str = "Helvetica"
    bold: str = "Helvetica-Bold"
    accent: tuple[float, float, float] = (0.1, 0.2, 0.45)
    header: str = "rule"  # rule | band | centre | right | box
    town: str = "London"
    address: tuple[str, ...] = ("1 Example Street", "London")
    postcode: str = "EC2A 1AA"
    company_no: str = "01234567"
    plan_types: tuple[str, ...] = ("personal_pension",)
    fund_houses: tuple[str, ...] = ()  # empty: the provider's own funds
    fund_series: str = "Pn"
    holdings: tuple[int, int] = (1, 6)
    units_dp: int = 4
    price_dp: int = 4
    ruled_tables: bool = True
    page_numbers: str | None = "Page {i} of {n}"
    labels: dict[str, str] = field(default_factory=dict)

    @property
    def accent_tint(self) -> tuple[float, float, float]:
        """A pale version of the accent colour, for shaded form cells."""
        r, g, b = self.accent
        return (0.85 + r * 0.15, 0.85 + g * 0.15, 0.85 + b * 0.15)


HOUSES: dict[str, House] = {
    "aldgate_life": House(
        header="band",
        accent=(0.55, 0.08, 0.12),
        address=("Aldgate House", "40 Minories", "London"),
        postcode="EC3N 1AB",
        company_no="02387764",
        plan_types=("personal_pension", "onshore_bond", "stakeholder_pension"),
        fund_series="S4",
        labels={"policy": "Policy number", "value": "Fund value", "transfer": "Transfer value"},
    ),
    "brunswick_wealth": House(
        font="Times-Roman",
        bold="Times-Bold",
        header="centre",
        accent=(0.05, 0.25, 0.2),
        address=("Brunswick Square", "Hove"),
        postcode="BN3 1EH",
        company_no="05521983",
        plan_types=("isa", "gia", "sipp"),
        fund_houses=("Pellham", "Northwind", "Castlegate", "Ravenscar"),
        holdings=(3, 12),
        units_dp=3,
        price_dp=2,
        ruled_tables=False,
        page_numbers="Page {i}",
        labels={"policy": "Account number", "value": "Current value", "transfer": "Cash-in value"},
    ),
    "cairngorm_assurance": House(
        header="right",
        accent=(0.1, 0.3, 0.5),
        town="Edinburgh",
        address=("Cairngorm House", "12 Lochrin Square", "Edinburgh"),
        postcode="EH3 9QT",
        company_no="SC104472",
        plan_types=("personal_pension", "onshore_bond", "offshore_bond"),
        fund_series="Series 3",
        labels={"policy": "Plan number", "value": "Total plan value", "transfer": "Surrender value"},
    ),
    "dunmore_investments": House(
        font="Times-Roman",
        bold="Times-Bold",
        header="rule",
        accent=(0.3, 0.3, 0.3),
        address=("Dunmore Court", "Tower Street", "York"),
        postcode="YO1 9TA",
        company_no="03990815",
        plan_types=("isa", "gia"),
        fund_houses=("Blackthorn", "Meridian Vale", "Pellham"),
        holdings=(2, 9),
        units_dp=2,
        price_dp=4,
        page_numbers=None,
        labels={"policy": "Your reference", "value": "Valuation", "transfer": "Cash-in value"},
    ),
    "everly_pensions": House(
        header="box",
        accent=(0.35, 0.1, 0.5),
        address=("PO Box 4410", "Norwich"),
        postcode="NR1 3NG",
        company_no="06117420",
        plan_types=("workplace_pension", "stakeholder_pension"),
        fund_series="EP",
        holdings=(1, 4),
        labels={"policy": "Membership number", "value": "Pot value", "transfer": "Transfer value"},
    ),
    "fenwick_hale": House(
        font="Times-Roman",
        bold="Times-Bold",
        header="centre",
        accent=(0.2, 0.15, 0.05),
        address=("Fenwick House", "Grey Street", "Newcastle upon Tyne"),
        postcode="NE1 6EE",
        company_no="00918273",
        plan_types=("personal_pension", "onshore_bond", "other"),
        fund_series="Life",
        units_dp=3,
        price_dp=3,
        ruled_tables=False,
        labels={"policy": "Contract number", "value": "Fund value", "transfer": "Surrender value"},
    ),
    "greyfriars_platform": House(
        header="band",
        accent=(0.25, 0.25, 0.3),
        address=("Greyfriars Wharf", "Bristol"),
        postcode="BS1 6QW",
        company_no="07765101",
        plan_types=("sipp", "isa", "gia"),
        fund_houses=("Northwind", "Castlegate", "Ravenscar", "Blackthorn", "Meridian Vale", "Pellham"),
        holdings=(4, 28),
        units_dp=4,
        price_dp=4,
        page_numbers="Page {i} of {n}",
        labels={"policy": "Account number", "value": "Total portfolio value", "transfer": "Transfer value"},
    ),
    "harrowgate_mutual": House(
        font="Times-Roman",
        bold="Times-Bold",
        header="right",
        accent=(0.0, 0.35, 0.25),
        address=("Mutual House", "Station Parade", "Harrogate"),
        postcode="HG1 1TE",
        company_no="IP28117R",
        plan_types=("personal_pension", "isa", "other"),
        fund_series="Mutual",
        holdings=(1, 5),
        price_dp=2,
        labels={"policy": "Plan reference", "value": "Plan value", "transfer": "Cash-in value"},
    ),
    "isambard_retirement": House(
        header="rule",
        accent=(0.6, 0.3, 0.0),
        address=("Isambard Way", "Swindon"),
        postcode="SN1 5BT",
        company_no="08245519",
        plan_types=("sipp", "personal_pension", "workplace_pension"),
        fund_houses=("Northwind", "Ravenscar", "Castlegate"),
        holdings=(2, 10),
        units_dp=3,
        price_dp=4,
        labels={"policy": "Plan no.", "value": "Fund value", "transfer": "Transfer value"},
    ),
    "kestrel_wrap": House(
        font="Courier",
        bold="Courier-Bold",
        header="box",
        accent=(0.1, 0.1, 0.1),
        address=("Kestrel Point", "2 Canal Street", "Manchester"),
        postcode="M1 3HE",
        company_no="09912634",
        plan_types=("sipp", "isa", "gia", "offshore_bond"),
        fund_houses=("Pellham", "Northwind", "Blackthorn", "Meridian Vale"),
        holdings=(5, 24),
        units_dp=4,
        price_dp=2,
        page_numbers="{i}/{n}",
        labels={"policy": "Wrap account", "value": "Portfolio value", "transfer": "Transfer value"},
    ),
}

_ASSETS = (
    "Global Equity Index",
    "UK Equity Income",
    "Sterling Corporate Bond",
    "Emerging Markets Equity",
    "Strategic Bond",
    "UK Property",
    "Cash",
    "Japan Index Tracker",
    "US Equity Index",
    "Multi-Asset 60",
    "Sustainable Global Leaders",
    "UK Smaller Companies",
    "European Equity",
    "Index-Linked Gilt",
    "Mixed Investment 40-85% Shares",
    "Asia Pacific ex Japan",
    "Global Infrastructure",
    "Balanced Managed",
)
_CLASSES = ("Acc", "Inc", "I Acc", "C Acc", "R Inc", "Class 2 Acc")


def slug_of(provider: Provider) -> str:
    """The provider's file stem in the rules data (`aldgate_life`), used for file names and houses."""
    origins = active().origins.get(provider.name, ())
    if origins and origins[0] != BUNDLED:
        return Path(origins[0]).stem
    return provider.name.lower().replace("&", "and").replace(" ", "_")


def house_of(provider: Provider) -> House:
    """The provider's house style (a derived one for a provider this table does not know)."""
    slug = slug_of(provider)
    if slug in HOUSES:
        return HOUSES[slug]
    rng = random.Random(zlib.crc32(slug.encode()))
    return House(header=rng.choice(("rule", "band", "centre", "right", "box")), plan_types=("personal_pension", "isa"))


def fund_names(rng: random.Random, provider: Provider, house: House, count: int) -> list[str]:
    """`count` distinct fund names: third-party funds on a platform, the provider's own funds otherwise."""
    assets = rng.sample(_ASSETS, k=min(count, len(_ASSETS)))
    names: list[str] = []
    while len(names) < count:
        asset = assets[len(names) % len(assets)]
        if house.fund_houses:
            name = f"{rng.choice(house.fund_houses)} {asset} {rng.choice(_CLASSES)}"
        else:
            short = provider.name.split(" ")[0]
            name = f"{short} {asset} {house.fund_series}"
        if name not in names:
            names.append(name)
    return names


def sample_houses() -> tuple[Provider, ...]:
    """The invented houses samples are drawn for: the providers the knowledge folder adds (samples/knowledge).

    They are never in the bundled registry (issue 11), so generating samples needs that folder in force.
    """
    return active().added()
