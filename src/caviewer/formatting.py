"""Display formatting of amounts, units, periods and dates; the data itself stays in base units.

Standard library only: used by the ui, by exports and by the command line alike.
"""

from __future__ import annotations

import math
import re

from caviewer import i18n
from caviewer.i18n import QT_TRANSLATE_NOOP

_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"))
# Russian: the abbreviations of reference works; the number before the unit, the dollar sign first.
_SCALES_RU = ((1e12, "трлн"), (1e9, "млрд"), (1e6, "млн"), (1e3, "тыс."))
# Chinese counts in 万 (10^4) and 亿 (10^8): 438亿美元, 2.09亿美元, 500万美元.
_SCALES_ZH = ((1e12, "万亿"), (1e8, "亿"), (1e4, "万"))
_NARROW_NBSP = "\u202f"

UNIT_LABELS = {
    "USD": "",
    "USD_constant_2021": QT_TRANSLATE_NOOP("Units", "(constant 2021 US$)"),
    "percent": QT_TRANSLATE_NOOP("Units", "%"),
    "percent_of_gdp": QT_TRANSLATE_NOOP("Units", "% of GDP"),
    "km": QT_TRANSLATE_NOOP("Units", "km"),
    "km2": QT_TRANSLATE_NOOP("Units", "km\u00b2"),
    "persons": QT_TRANSLATE_NOOP("Units", "people"),
    "tonnes": QT_TRANSLATE_NOOP("Units", "t"),
    "tonnes_per_year": QT_TRANSLATE_NOOP("Units", "t/yr"),
    "m3": QT_TRANSLATE_NOOP("Units", "m\u00b3"),
    "m3_per_year": QT_TRANSLATE_NOOP("Units", "m\u00b3/yr"),
    "agreements": QT_TRANSLATE_NOOP("Units", "agreements"),
    "places": QT_TRANSLATE_NOOP("Units", "places"),
    "scholarships": QT_TRANSLATE_NOOP("Units", "scholarships"),
    "days": QT_TRANSLATE_NOOP("Units", "days"),
    "count": "",
    "flights_per_week": QT_TRANSLATE_NOOP("Units", "flights/week"),
    "MW": QT_TRANSLATE_NOOP("Units", "MW"),
    "kWh_per_year": QT_TRANSLATE_NOOP("Units", "kWh/yr"),
}


# Amount units in US dollars at constant prices, and the price basis each states.
PRICE_BASES = {"USD_constant_2021": QT_TRANSLATE_NOOP("Units", "constant 2021 US$")}


def _local(text: str) -> str:
    """A number written the English way ("1,234.5") in the interface language's way (Russian: "1 234,5")."""
    if i18n.language() == "ru":
        return text.replace(",", _NARROW_NBSP).replace(".", ",")
    return text


_NUMERAL = re.compile(r"[+-]?\d[\d,]*(\.\d+)?")


def local_numeral(text: str) -> str:
    """A number already written the English way ("20.1", "+9.0", "1,234") in the interface language's way;
    any other text unchanged (a year, a name)."""
    return _local(text) if _NUMERAL.fullmatch(text) else text


def fill(template: str, *values: object) -> str:
    """A translated `template` with %1, %2 ... replaced by `values` (highest first, so %1 never eats %10);
    numbers among them written the interface language's way."""
    for index in range(len(values), 0, -1):
        template = template.replace(f"%{index}", local_numeral(str(values[index - 1])))
    return template


def _scaled(magnitude: float, scale: float, digits: int) -> str:
    scaled = magnitude / scale
    return f"{scaled:.{digits}f}".rstrip("0").rstrip(".") if scaled < 100 else f"{scaled:.0f}"


def format_usd(value: float | None, digits: int = 1) -> str:
    """$43.8 bn, $209 m, -$19.9 bn (Russian: $43,8 млрд; Chinese: 438亿美元); an em dash for a missing (or
    non-finite) value."""
    if value is None or not math.isfinite(value):
        return "\u2014"
    sign = "-" if value < 0 else ""
    magnitude = abs(value)
    language = i18n.language()
    if language == "zh_CN":
        for scale, suffix in _SCALES_ZH:
            if magnitude >= scale:
                return f"{sign}{_scaled(magnitude, scale, 2 if scale == 1e8 else digits)}{suffix}美元"
        return f"{sign}{magnitude:,.0f}美元"
    if language == "ru":
        for scale, suffix in _SCALES_RU:
            if magnitude >= scale:
                return f"{sign}${_local(_scaled(magnitude, scale, digits))} {suffix}"
        return f"{sign}${_local(f'{magnitude:,.0f}')}"
    for scale, suffix in _SCALES:
        if magnitude >= scale:
            scaled = magnitude / scale
            text = f"{scaled:.{digits}f}".rstrip("0").rstrip(".") if scaled < 100 else f"{scaled:.0f}"
            return f"{sign}${text} {suffix}"
    return f"{sign}${magnitude:,.0f}"


def format_number(value: float, digits: int = 1) -> str:
    """12.3 m, 2.72 m km2-style compaction for big counts; plain digits for small ones."""
    if not math.isfinite(value):
        return "\u2014"
    magnitude = abs(value)
    language = i18n.language()
    if language == "zh_CN" and magnitude >= 1e6:
        for scale, suffix in _SCALES_ZH:
            if magnitude >= scale:
                text = f"{value / scale:.{2 if scale == 1e8 else digits}f}".rstrip("0").rstrip(".")
                return f"{text}{suffix}"
    if magnitude >= 1e6:
        scales = _SCALES_RU if language == "ru" else _SCALES
        for scale, suffix in scales[:3]:
            if magnitude >= scale:
                text = f"{value / scale:.{digits}f}".rstrip("0").rstrip(".")
                return f"{_local(text)} {suffix}"
    if float(value).is_integer():
        return _local(f"{value:,.0f}")
    return _local(f"{value:,.{digits}f}".rstrip("0").rstrip("."))


def format_quantity(value: float | None, unit: str | None) -> str:
    """A value with its unit, for display: $3.7 bn, 523 km, 55 bn m3/yr, 27%."""
    if value is None or not math.isfinite(value):
        return "\u2014"
    if unit == "USD":
        return format_usd(value)
    if unit in PRICE_BASES:
        return format_usd(value)
    if unit in ("percent", "percent_of_gdp"):
        return f"{format_number(value)}{i18n.translate('Units', UNIT_LABELS[unit])}"
    known = UNIT_LABELS.get(unit or "")
    label = (i18n.translate("Units", known) if known else "") if known is not None else (unit or "")
    number = format_number(value)
    return f"{number} {label}".strip()


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_RU = (
    "янв.",
    "февр.",
    "март",
    "апр.",
    "май",
    "июнь",
    "июль",
    "авг.",
    "сент.",
    "окт.",
    "нояб.",
    "дек.",
)


def format_period(period: str) -> str:
    """'2024' stays; '2000..2021' becomes '2000\u20132021'; '2025-01..2025-05' becomes 'Jan\u2013May 2025'."""
    if ".." not in period:
        return period
    start, end = period.split("..", 1)
    if len(start) == 4 and len(end) == 4:
        return f"{start}\u2013{end}"
    try:
        sy, sm = (int(p) for p in start.split("-"))
        ey, em = (int(p) for p in end.split("-"))
    except ValueError:
        return period.replace("..", "\u2013")
    language = i18n.language()
    if language == "zh_CN":
        return f"{ey}年{sm}\u2013{em}月" if sy == ey else f"{sy}年{sm}月\u2013{ey}年{em}月"
    months = _MONTHS_RU if language == "ru" else _MONTHS
    if sy == ey:
        return f"{months[sm - 1]}\u2013{months[em - 1]} {ey}"
    return f"{months[sm - 1]} {sy}\u2013{months[em - 1]} {ey}"


def format_month(period: str) -> str:
    """'2025-03' as 'Mar 2025' (Russian: 'март 2025'; Chinese: '2025年3月')."""
    year, month = int(period[:4]), int(period[5:7])
    language = i18n.language()
    if language == "zh_CN":
        return f"{year}年{month}月"
    return f"{(_MONTHS_RU if language == 'ru' else _MONTHS)[month - 1]} {year}"


def period_end_year(period: str) -> int:
    """The last calendar year a period reaches: 2021 for '2000..2021', 2025 for '2025-01..2025-10'."""
    return int(period.rsplit("..", maxsplit=1)[-1][:4])


# The identifiers the data uses for sectors, statuses, domains, kinds, stages, indicators, facts and metrics,
# in words (the English is what `humanize` makes of them) and marked for translation.
VALUE_LABELS = {
    "agreement": QT_TRANSLATE_NOOP("Values", "Agreement"),
    "agreements_signed": QT_TRANSLATE_NOOP("Values", "Agreements signed"),
    "agriculture": QT_TRANSLATE_NOOP("Values", "Agriculture"),
    "announced": QT_TRANSLATE_NOOP("Values", "Announced"),
    "area": QT_TRANSLATE_NOOP("Values", "Area"),
    "bilateral_meeting": QT_TRANSLATE_NOOP("Values", "Bilateral meeting"),
    "border": QT_TRANSLATE_NOOP("Values", "Border"),
    "cancelled": QT_TRANSLATE_NOOP("Values", "Cancelled"),
    "capacity": QT_TRANSLATE_NOOP("Values", "Capacity"),
    "china_fdi_stock_edb": QT_TRANSLATE_NOOP("Values", "China fdi stock edb"),
    "china_investment_stock_all_kinds": QT_TRANSLATE_NOOP("Values", "China investment stock all kinds"),
    "china_ofdi_flow": QT_TRANSLATE_NOOP("Values", "China ofdi flow"),
    "china_ofdi_stock": QT_TRANSLATE_NOOP("Values", "China ofdi stock"),
    "china_share_of_exports": QT_TRANSLATE_NOOP("Values", "China share of exports"),
    "china_share_of_imports": QT_TRANSLATE_NOOP("Values", "China share of imports"),
    "china_share_of_trade": QT_TRANSLATE_NOOP("Values", "China share of trade"),
    "chinese_development_finance_committed": QT_TRANSLATE_NOOP(
        "Values", "Chinese development finance committed"
    ),
    "completed": QT_TRANSLATE_NOOP("Values", "Completed"),
    "confucius_institute": QT_TRANSLATE_NOOP("Values", "Confucius institute"),
    "construction": QT_TRANSLATE_NOOP("Values", "Construction"),
    "contracted_projects_turnover_cumulative": QT_TRANSLATE_NOOP(
        "Values", "Contracted projects turnover cumulative"
    ),
    "cost": QT_TRANSLATE_NOOP("Values", "Cost"),
    "credit_line": QT_TRANSLATE_NOOP("Values", "Credit line"),
    "culture": QT_TRANSLATE_NOOP("Values", "Culture"),
    "delay": QT_TRANSLATE_NOOP("Values", "Delay"),
    "delayed": QT_TRANSLATE_NOOP("Values", "Delayed"),
    "design_capacity": QT_TRANSLATE_NOOP("Values", "Design capacity"),
    "diplomatic_relations": QT_TRANSLATE_NOOP("Values", "Diplomatic relations"),
    "expansion": QT_TRANSLATE_NOOP("Values", "Expansion"),
    "external_debt_china_share": QT_TRANSLATE_NOOP("Values", "External debt China share"),
    "external_debt_owed_to_china": QT_TRANSLATE_NOOP("Values", "External debt owed to China"),
    "external_debt_owed_to_china_exim": QT_TRANSLATE_NOOP("Values", "External debt owed to China exim"),
    "external_debt_to_gdp": QT_TRANSLATE_NOOP("Values", "External debt to GDP"),
    "external_debt_total": QT_TRANSLATE_NOOP("Values", "External debt total"),
    "fdi_from_china_partner_reported": QT_TRANSLATE_NOOP("Values", "Fdi from China partner reported"),
    "fdi_from_china_partner_reported_cumulative": QT_TRANSLATE_NOOP(
        "Values", "Fdi from China partner reported cumulative"
    ),
    "finance": QT_TRANSLATE_NOOP("Values", "Finance"),
    "flight": QT_TRANSLATE_NOOP("Values", "Flight"),
    "founding": QT_TRANSLATE_NOOP("Values", "Founding"),
    "gas_exports_to_china_value": QT_TRANSLATE_NOOP("Values", "Gas exports to China value"),
    "gdp_current_usd": QT_TRANSLATE_NOOP("Values", "GDP current USD"),
    "head_of_government": QT_TRANSLATE_NOOP("Values", "Head of government"),
    "head_of_state": QT_TRANSLATE_NOOP("Values", "Head of state"),
    "industry": QT_TRANSLATE_NOOP("Values", "Industry"),
    "investment": QT_TRANSLATE_NOOP("Values", "Investment"),
    "investment_cumulative": QT_TRANSLATE_NOOP("Values", "Investment cumulative"),
    "investment_portfolio": QT_TRANSLATE_NOOP("Values", "Investment portfolio"),
    "investment_stock": QT_TRANSLATE_NOOP("Values", "Investment stock"),
    "length": QT_TRANSLATE_NOOP("Values", "Length"),
    "logistics": QT_TRANSLATE_NOOP("Values", "Logistics"),
    "mining": QT_TRANSLATE_NOOP("Values", "Mining"),
    "ministerial": QT_TRANSLATE_NOOP("Values", "Ministerial"),
    "multiple": QT_TRANSLATE_NOOP("Values", "Multiple"),
    "nuclear": QT_TRANSLATE_NOOP("Values", "Nuclear"),
    "oil_gas": QT_TRANSLATE_NOOP("Values", "Oil gas"),
    "operating": QT_TRANSLATE_NOOP("Values", "Operating"),
    "operation": QT_TRANSLATE_NOOP("Values", "Operation"),
    "output": QT_TRANSLATE_NOOP("Values", "Output"),
    "partner_trade_balance_unattributed": QT_TRANSLATE_NOOP("Values", "Partner trade balance unattributed"),
    "planned": QT_TRANSLATE_NOOP("Values", "Planned"),
    "pledge": QT_TRANSLATE_NOOP("Values", "Pledge"),
    "politics": QT_TRANSLATE_NOOP("Values", "Politics"),
    "population": QT_TRANSLATE_NOOP("Values", "Population"),
    "power": QT_TRANSLATE_NOOP("Values", "Power"),
    "proposed": QT_TRANSLATE_NOOP("Values", "Proposed"),
    "relationship_level": QT_TRANSLATE_NOOP("Values", "Relationship level"),
    "scholarship": QT_TRANSLATE_NOOP("Values", "Scholarship"),
    "security": QT_TRANSLATE_NOOP("Values", "Security"),
    "speech": QT_TRANSLATE_NOOP("Values", "Speech"),
    "state_visit": QT_TRANSLATE_NOOP("Values", "State visit"),
    "students": QT_TRANSLATE_NOOP("Values", "Students"),
    "summit": QT_TRANSLATE_NOOP("Values", "Summit"),
    "technology": QT_TRANSLATE_NOOP("Values", "Technology"),
    "throughput": QT_TRANSLATE_NOOP("Values", "Throughput"),
    "trade": QT_TRANSLATE_NOOP("Values", "Trade"),
    "trade_growth": QT_TRANSLATE_NOOP("Values", "Trade growth"),
    "trade_note": QT_TRANSLATE_NOOP("Values", "Trade note"),
    "trade_partner_rank": QT_TRANSLATE_NOOP("Values", "Trade partner rank"),
    "trade_total_unattributed": QT_TRANSLATE_NOOP("Values", "Trade total unattributed"),
    "training": QT_TRANSLATE_NOOP("Values", "Training"),
    "transport": QT_TRANSLATE_NOOP("Values", "Transport"),
    "treaty": QT_TRANSLATE_NOOP("Values", "Treaty"),
    "twinning": QT_TRANSLATE_NOOP("Values", "Twinning"),
    "under_construction": QT_TRANSLATE_NOOP("Values", "Under construction"),
    "visa": QT_TRANSLATE_NOOP("Values", "Visa"),
    "water": QT_TRANSLATE_NOOP("Values", "Water"),
}


def humanize(identifier: str) -> str:
    """'china_exports' -> 'China exports'; 'gdp_current_usd' -> 'GDP current USD'; in the interface language
    for the identifiers of `VALUE_LABELS`."""
    known = VALUE_LABELS.get(identifier)
    if known is not None:
        return i18n.translate("Values", known)
    return _humanized(identifier)


def _humanized(identifier: str) -> str:
    words = identifier.replace("_", " ").split()
    special = {"gdp": "GDP", "usd": "USD", "china": "China", "sco": "SCO", "ca5": "CA5"}
    out = [special.get(w.lower(), w) for w in words]
    if out and out[0] == out[0].lower():
        out[0] = out[0].capitalize()
    return " ".join(out)
