"""Wire-level vocabulary shared by the village client and the township sync server.

Only the standard library and pydantic may be imported here: the server imports this package too.
"""

PROTOCOL_VERSION = 1
PROTOCOL_NAME = f"vsync/{PROTOCOL_VERSION}"
"""Every JSON reply carries this in ``proto``: a captive portal's 200 page never does."""
