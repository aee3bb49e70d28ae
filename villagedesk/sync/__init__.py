"""The village sync engine: push the outbox, fetch what the township changed, USB batches both ways.

Only ``villagedesk.core`` and ``villagedesk.protocol`` are imported; the local store is reached through
the structural interface in :mod:`villagedesk.sync.storeapi`, so this layer stays independent of storage.
"""
