"""The map projection: Albers equal-area conic, set for Central Asia and western China.

Equal-area, so the five states and Xinjiang keep their true relative sizes (Kazakhstan is about twelve times
Kyrgyzstan, as on the ground); a conic suits a region wider east-west than north-south in mid-latitudes. On a
sphere of the mean Earth radius, in kilometres, y pointing north. Standard library only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from caviewer.i18n import translate

EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True)
class Albers:
    """Albers equal-area conic on a sphere (the spherical forward and inverse formulas of Snyder, *Map
    Projections: A Working Manual*, USGS 1987)."""

    parallel_1: float = 38.0
    parallel_2: float = 50.0
    origin_lat: float = 44.0
    central_meridian: float = 75.0

    @property
    def note(self) -> str:
        text = translate(
            "Map",
            "Albers equal-area conic, standard parallels %1\u00b0 N and %2\u00b0 N, "
            "central meridian %3\u00b0 E",
        )
        return (
            text.replace("%1", f"{self.parallel_1:g}")
            .replace("%2", f"{self.parallel_2:g}")
            .replace("%3", f"{self.central_meridian:g}")
        )

    def _constants(self) -> tuple[float, float, float]:
        p1, p2, p0 = (math.radians(v) for v in (self.parallel_1, self.parallel_2, self.origin_lat))
        n = (math.sin(p1) + math.sin(p2)) / 2
        c = math.cos(p1) ** 2 + 2 * n * math.sin(p1)
        rho0 = math.sqrt(c - 2 * n * math.sin(p0)) / n
        return n, c, rho0

    def project(self, lon: float, lat: float) -> tuple[float, float]:
        """(x, y) in km from the origin, east and north positive."""
        n, c, rho0 = self._constants()
        rho = math.sqrt(c - 2 * n * math.sin(math.radians(lat))) / n
        theta = n * math.radians(lon - self.central_meridian)
        return EARTH_RADIUS_KM * rho * math.sin(theta), EARTH_RADIUS_KM * (rho0 - rho * math.cos(theta))

    def unproject(self, x: float, y: float) -> tuple[float, float]:
        """(lon, lat) of a projected point: the inverse of `project`."""
        n, c, rho0 = self._constants()
        x, y = x / EARTH_RADIUS_KM, y / EARTH_RADIUS_KM
        rho = math.hypot(x, rho0 - y)
        theta = math.atan2(x, rho0 - y)
        lat = math.degrees(math.asin((c - (rho * n) ** 2) / (2 * n)))
        return self.central_meridian + math.degrees(theta / n), lat


PROJECTION = Albers()
