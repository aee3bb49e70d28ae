"""Township mode: the center's staff work here, only through the sync server's staff API."""
