"""Files into the blob store: checked by content, compressed by the material's policy."""

from __future__ import annotations

from pathlib import Path

from villagedesk.core.models import AttachmentRef, Material
from villagedesk.media.intake import Prepared, policy_for, prepare_attachment
from villagedesk.storage.store import Store


def prepare_for(material: Material, path: Path) -> Prepared:
    """Check and compress (the agent sees the size before accepting); nothing is stored yet."""
    return prepare_attachment(path, policy=policy_for(material))


def store_prepared(store: Store, prepared: Prepared, filename: str) -> AttachmentRef:
    info = store.blobs.put_bytes(prepared.data)
    return AttachmentRef(
        sha256=info.sha256, size=info.size, media_type=prepared.media_type, filename=filename
    )


def store_file(store: Store, path: Path, material: Material) -> AttachmentRef:
    return store_prepared(store, prepare_for(material, path), path.name)
