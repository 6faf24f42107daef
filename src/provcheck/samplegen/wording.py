"""What a plan document says and in which words: labels, value formats, fact items and sentences.

`draw_words` fixes one document's choices; the item builders turn a record's non-null fields into
`(label, lines)` items and sentences in those words, so every layout prints the same facts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from provcheck.models import Record
from provcheck.samplegen import fmt
from provcheck.samplegen.blocks import Item
from provcheck.samplegen.houses import House

_VALUE_LABELS = ("Fund value", "Total plan value", "Current value", "Valuation", "Plan value", "Total value")
_TRANSFER_LABELS = ("Transfer value", "Cash-in value", "Surrender value", "Cash value")
_POLICY_LABELS = (
    "Policy number",
    "Plan no.",
    "Your reference",
    "Contract number",
    "Plan reference",
    "Account number",
    "Plan number",
)


@dataclass
class Words:
    """One document's printing choices."""

    date: str
    money: str
    ni_spaced: bool
    colon: bool
    labels: dict[str, str]
    plan_words: str
    freq_words: str
    period: str = "range"  # range | split | start_and_asat
    period_labels: tuple[str, str] = ("Period start", "Period end")
    contribution: str = "inline"  # inline | split
    charge_suffix: str = " a year"
    prose: int = 0  # which phrasing the sentences use (0-2)


def draw_words(rng: random.Random, house: House, rec: Record, statement: bool) -> Words:
    """Draw label wording and value formats; the house's preferred labels win most of the time."""

    def pick(key: str, pool: tuple[str, ...]) -> str:
        preferred = house.labels.get(key)
        return preferred if preferred and rng.random() < 0.65 else rng.choice(pool)

    labels = {
        "policy": pick("policy", _POLICY_LABELS),
        "value": pick("value", _VALUE_LABELS),
        "transfer": pick("transfer", _TRANSFER_LABELS),
        "plan_type": rng.choice(("Plan type", "Product", "Type of plan", "Product type")),
        "holder": rng.choice(("Plan holder", "Policyholder", "Name", "Client", "Investor")),
        "dob": rng.choice(("Date of birth", "DOB", "Born", "Date of birth")),
        "ni": rng.choice(("National Insurance number", "NI No.", "NINO", "NI number")),
        "valuation": rng.choice(
            ("Statement date", "Valuation date", "Value as at", "Date of valuation")
            if statement
            else ("Valuation date", "Value as at", "Date of valuation", "As at")
        ),
        "contribution": rng.choice(("Regular contribution", "Current contribution", "Contributions", "Premium")),
        "charge": rng.choice(("Annual management charge", "Annual charge", "Product charge", "AMC")),
        "address": rng.choice(("Address", "Correspondence address", "Home address")),
        "postcode": "Postcode",
    }
    plan_rng = random.Random(rng.random())
    freq = rec.contribution_frequency
    return Words(
        date=rng.choice(fmt.DATE_STYLES),
        money=rng.choice(fmt.MONEY_STYLES),
        ni_spaced=rng.random() < 0.5,
        colon=rng.random() < 0.7,
        labels=labels,
        plan_words=fmt.plan_type_words(rec.plan_type, plan_rng) if rec.plan_type else "",
        freq_words=rng.choice(fmt.FREQUENCY_WORDS[freq]) if freq else "",
        period=rng.choice(("range", "range", "split", "start_and_asat")),
        period_labels=rng.choice(
            (
                ("Period start", "Period end"),
                ("From", "To"),
                ("Start date", "End date"),
                ("Start of period", "End of period"),
            )
        ),
        contribution=rng.choice(("inline", "inline", "split")),
        charge_suffix=rng.choice(("", " a year", " p.a.", " per annum")),
        prose=rng.randrange(3),
    )


def holder(rec: Record) -> str:
    """The client's name with the title when the record has one."""
    return " ".join(p for p in (rec.client_title, rec.client_name) if p)


def plan_items(
    rec: Record, w: Words, statement: bool, with_client: bool, skip: frozenset[str] = frozenset()
) -> list[Item]:
    """The record's plan facts as labelled items (only non-null fields; groups in `skip` left out).

    Groups: client, policy, plan_type, period, value, transfer, contribution, charge.
    """
    L = w.labels
    items: list[Item] = []
    if with_client and "client" not in skip:
        if rec.client_name:
            items.append((L["holder"], [holder(rec)]))
        if rec.client_dob:
            items.append((L["dob"], [fmt.date(rec.client_dob, w.date)]))
        if rec.ni_number:
            items.append((L["ni"], [fmt.ni(rec.ni_number, w.ni_spaced)]))
    if rec.policy_number and "policy" not in skip:
        items.append((L["policy"], [rec.policy_number]))
    if rec.plan_type and "plan_type" not in skip:
        items.append((L["plan_type"], [w.plan_words]))
    value_label = L["value"]
    if "period" not in skip:
        start = fmt.date(rec.period_start, w.date) if statement and rec.period_start else None
        end = fmt.date(rec.valuation_date, w.date) if rec.valuation_date else None
        if start and end and w.period == "range":
            items.append(("Statement period", [f"{start} to {end}"]))
            value_label = f"{L['value']} at end of period"
        elif start and end and w.period == "split":
            items.append((w.period_labels[0], [start]))
            items.append((w.period_labels[1], [end]))
        elif start and end:  # the period start alone, the end carried by the value's "as at" label
            items.append(("Statement period from", [start]))
            value_label = f"{L['value']} as at {end}" if rec.plan_value else value_label
            if not rec.plan_value:
                items.append((L["valuation"], [end]))
        elif end:
            items.append((L["valuation"], [end]))
        elif start:
            items.append((w.period_labels[0], [start]))
    if rec.plan_value and "value" not in skip:
        items.append((value_label, [fmt.money(rec.plan_value, w.money)]))
    if rec.transfer_value and "transfer" not in skip:
        items.append((L["transfer"], [fmt.money(rec.transfer_value, w.money)]))
    if rec.regular_contribution and "contribution" not in skip:
        amount = fmt.money(rec.regular_contribution, w.money)
        if w.contribution == "split" and rec.contribution_frequency:
            items.append((L["contribution"], [amount]))
            items.append(("Frequency", [rec.contribution_frequency.capitalize()]))
        else:
            items.append((L["contribution"], [f"{amount} {w.freq_words}".rstrip()]))
    if rec.annual_charge_percent and "charge" not in skip:
        items.append((L["charge"], [f"{fmt.percent(rec.annual_charge_percent)}{w.charge_suffix}"]))
    return items


def client_items(rec: Record, w: Words) -> list[Item]:
    """Client facts as items (for layouts that show them apart from the plan)."""
    items: list[Item] = []
    if rec.client_name:
        items.append((w.labels["holder"], [holder(rec)]))
    if rec.client_dob:
        items.append((w.labels["dob"], [fmt.date(rec.client_dob, w.date)]))
    if rec.ni_number:
        items.append((w.labels["ni"], [fmt.ni(rec.ni_number, w.ni_spaced)]))
    if rec.client_address:
        items.append((w.labels["address"], rec.client_address.split(", ")))
    if rec.client_postcode:
        items.append((w.labels["postcode"], [rec.client_postcode]))
    return items


def prose(rec: Record, w: Words, statement: bool) -> list[str]:
    """The plan facts skipped from the item list (period, values, contributions, charge) as sentences."""
    out = []
    style = w.prose
    owner = "your" if statement else rng_owner(style)
    plan = f"{owner} {w.plan_words}" if rec.plan_type else f"{owner} plan"
    ref = f" ({w.labels['policy'].lower()} {rec.policy_number})" if rec.policy_number else ""
    start = fmt.date(rec.period_start, w.date) if statement and rec.period_start else None
    end = fmt.date(rec.valuation_date, w.date) if rec.valuation_date else None
    value = fmt.money(rec.plan_value, w.money) if rec.plan_value else None
    if start and end:
        out.append(f"This statement covers {plan}{ref} for the period {start} to {end}.")
        ref = ""
    elif start:
        out.append(f"This statement covers the period from {start}.")
    if value and end:
        out.append(
            (
                f"The value of {plan}{ref} on {end} was {value}.",
                f"On {end} {plan}{ref} was worth {value}.",
                f"As at {end}, the total value of {plan}{ref} was {value}.",
            )[style]
        )
    elif value:
        out.append(f"The value of {plan}{ref} is {value}.")
    elif end:
        out.append(f"Values are shown as at {end}.")
    if rec.transfer_value:
        transfer, label = fmt.money(rec.transfer_value, w.money), w.labels["transfer"].lower()
        out.append(
            f"If the plan were transferred on that date, its {label} would be {transfer}."
            if style != 1
            else f"The {label} on the same date was {transfer}."
        )
    if rec.regular_contribution:
        amount = fmt.money(rec.regular_contribution, w.money)
        if rec.contribution_frequency == "single":
            out.append(f"A single contribution of {amount} was invested.")
        else:
            out.append(f"Contributions of {amount} are paid {w.freq_words}.".replace("  ", " "))
    if rec.annual_charge_percent:
        pct = fmt.percent(rec.annual_charge_percent)
        out.append(
            f"The annual management charge is {pct} of the fund value."
            if style != 2
            else f"We deduct a yearly charge of {pct}."
        )
    return out


def rng_owner(style: int) -> str:
    """How a response refers to the client's plan."""
    return ("your client's", "the", "the client's")[style]
