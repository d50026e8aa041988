"""Display formatting of amounts, units, periods and dates; the data itself stays in base units.

Standard library only: used by the ui, by exports and by the command line alike.
"""

from __future__ import annotations

import math

_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"))

UNIT_LABELS = {
    "USD": "",
    "USD_constant_2021": "(constant 2021 US$)",
    "percent": "%",
    "percent_of_gdp": "% of GDP",
    "km": "km",
    "km2": "km\u00b2",
    "persons": "people",
    "tonnes": "t",
    "tonnes_per_year": "t/yr",
    "m3": "m\u00b3",
    "m3_per_year": "m\u00b3/yr",
    "agreements": "agreements",
    "places": "places",
    "scholarships": "scholarships",
    "days": "days",
    "count": "",
    "flights_per_week": "flights/week",
    "MW": "MW",
    "kWh_per_year": "kWh/yr",
}


# Amount units in US dollars at constant prices, and the price basis each states.
PRICE_BASES = {"USD_constant_2021": "constant 2021 US$"}


def format_usd(value: float | None, digits: int = 1) -> str:
    """$43.8 bn, $209 m, -$19.9 bn; an em dash for a missing (or non-finite) value."""
    if value is None or not math.isfinite(value):
        return "\u2014"
    sign = "-" if value < 0 else ""
    magnitude = abs(value)
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
    if magnitude >= 1e6:
        for scale, suffix in _SCALES[:3]:
            if magnitude >= scale:
                text = f"{value / scale:.{digits}f}".rstrip("0").rstrip(".")
                return f"{text} {suffix}"
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.{digits}f}".rstrip("0").rstrip(".")


def format_quantity(value: float | None, unit: str | None) -> str:
    """A value with its unit, for display: $3.7 bn, 523 km, 55 bn m3/yr, 27%."""
    if value is None or not math.isfinite(value):
        return "\u2014"
    if unit == "USD":
        return format_usd(value)
    if unit in PRICE_BASES:
        return format_usd(value)
    if unit in ("percent", "percent_of_gdp"):
        return f"{format_number(value)}{UNIT_LABELS[unit]}"
    label = UNIT_LABELS.get(unit or "", unit or "")
    number = format_number(value)
    return f"{number} {label}".strip()


def format_period(period: str) -> str:
    """'2024' stays; '2000..2021' becomes '2000\u20132021'; '2025-01..2025-05' becomes 'Jan\u2013May 2025'."""
    if ".." not in period:
        return period
    start, end = period.split("..", 1)
    if len(start) == 4 and len(end) == 4:
        return f"{start}\u2013{end}"
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    try:
        sy, sm = (int(p) for p in start.split("-"))
        ey, em = (int(p) for p in end.split("-"))
    except ValueError:
        return period.replace("..", "\u2013")
    if sy == ey:
        return f"{months[sm - 1]}\u2013{months[em - 1]} {ey}"
    return f"{months[sm - 1]} {sy}\u2013{months[em - 1]} {ey}"


def period_end_year(period: str) -> int:
    """The last calendar year a period reaches: 2021 for '2000..2021', 2025 for '2025-01..2025-10'."""
    return int(period.rsplit("..", maxsplit=1)[-1][:4])


def humanize(identifier: str) -> str:
    """'china_exports' -> 'China exports'; 'gdp_current_usd' -> 'GDP current USD'."""
    words = identifier.replace("_", " ").split()
    special = {"gdp": "GDP", "usd": "USD", "china": "China", "sco": "SCO", "ca5": "CA5"}
    out = [special.get(w.lower(), w) for w in words]
    if out and out[0] == out[0].lower():
        out[0] = out[0].capitalize()
    return " ".join(out)
