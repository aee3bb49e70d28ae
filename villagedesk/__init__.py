"""VillageDesk: offline-first proxy service desk for village proxy points and township centers."""

__version__ = "0.1.0"
