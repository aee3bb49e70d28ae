"""Domain rules of VillageDesk: no I/O, standard library (and the shared protocol vocabulary) only."""
