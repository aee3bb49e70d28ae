"""Domain records to and from plain JSON-able dicts: the payload format of sync and USB batches.

Dates are ISO strings, enums their values, tuples lists. ``decode`` is strict: an unknown field or a
missing required one is a ``ValidationError`` (a tampered or foreign payload is refused, not guessed).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import types
import typing
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

from villagedesk.core.errors import ValidationError

T = TypeVar("T")


# Exact types that encode to themselves (subclasses such as str-valued enums take the long way).
_PLAIN = frozenset({str, int, float, bool, type(None)})
_NAMES: dict[type, tuple[str, ...]] = {}  # a dataclass's field names, looked up once per class


def encode(obj: Any) -> Any:
    tp = type(obj)
    if tp in _PLAIN:
        return obj
    names = _NAMES.get(tp)
    if names is None and dataclasses.is_dataclass(tp):
        names = _NAMES.setdefault(tp, tuple(f.name for f in dataclasses.fields(tp)))
    if names is not None:
        return {name: encode(getattr(obj, name)) for name in names}
    if isinstance(obj, enum.Enum):
        return obj.value
    if isinstance(obj, dt.datetime):
        return obj.isoformat()
    if isinstance(obj, dt.date):
        return obj.isoformat()
    if isinstance(obj, (list, tuple)):
        return [encode(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): encode(v) for k, v in obj.items()}
    return obj


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = get_type_hints(cls)
    return _HINTS[cls]


def decode(cls: type[T], data: Any, *, path: str = "") -> T:
    """Build ``cls`` (a dataclass) from ``data`` as produced by :func:`encode`."""
    return typing.cast(T, _decode(cls, data, path or cls.__name__))


def _fail(path: str, expected: str, value: Any) -> ValidationError:
    return ValidationError(
        f"{path}: expected {expected}, got {type(value).__name__}",
        code="payload.invalid",
        field=path,
        expected=expected,
    )


_SHAPES: dict[Any, tuple[Any, tuple[Any, ...]]] = {}  # a type's origin and arguments, worked out once


def _shape(tp: Any) -> tuple[Any, tuple[Any, ...]]:
    try:
        return _SHAPES[tp]
    except KeyError:
        shape = _SHAPES[tp] = (get_origin(tp), get_args(tp))
        return shape
    except TypeError:  # not hashable
        return get_origin(tp), get_args(tp)


_CLASS_FIELDS: dict[type, dict[str, dataclasses.Field[Any]]] = {}


def _fields(tp: type) -> dict[str, dataclasses.Field[Any]]:
    fields = _CLASS_FIELDS.get(tp)
    if fields is None:
        fields = _CLASS_FIELDS[tp] = {f.name: f for f in dataclasses.fields(tp)}
    return fields


def _decode(tp: Any, value: Any, path: str) -> Any:
    # The common leaves first: a JSON string or integer where one is wanted (exact types only; anything
    # else is checked in full below).
    if tp is str and type(value) is str:
        return value
    if tp is int and type(value) is int:
        return value
    origin, args = _shape(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        errors: list[ValidationError] = []
        for arg in args:
            if arg is type(None):
                continue
            try:
                return _decode(arg, value, path)
            except ValidationError as exc:
                errors.append(exc)
        raise errors[0] if errors else _fail(path, str(tp), value)
    if origin is typing.Literal:
        if value not in args:
            raise ValidationError(
                f"{path}: {value!r} is not one of {list(args)}",
                code="payload.bad_value",
                field=path,
                value=str(value),
            )
        return value
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise _fail(path, "list", value)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v, f"{path}[{i}]") for i, v in enumerate(value))
        if len(args) != len(value):
            raise _fail(path, f"list of {len(args)}", value)
        return tuple(_decode(a, v, f"{path}[{i}]") for i, (a, v) in enumerate(zip(args, value, strict=True)))
    if origin is list:
        if not isinstance(value, list):
            raise _fail(path, "list", value)
        (arg,) = args
        return [_decode(arg, v, f"{path}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise _fail(path, "object", value)
        return dict(value)
    if tp is Any or tp is object:
        return value
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise _fail(path, "object", value)
        hints = _hints(tp)
        fields = _fields(tp)
        unknown = value.keys() - fields.keys()
        if unknown:
            raise ValidationError(
                f"{path}: unknown field(s) {sorted(unknown)}",
                code="payload.unknown_field",
                field=path,
                names=sorted(unknown),
            )
        kwargs: dict[str, Any] = {}
        for name, f in fields.items():
            if name in value:
                kwargs[name] = _decode(hints[name], value[name], f"{path}.{name}")
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise ValidationError(
                    f"{path}: missing field {name!r}", code="payload.missing_field", field=f"{path}.{name}"
                )
        return tp(**kwargs)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(value)
        except ValueError:
            raise ValidationError(
                f"{path}: {value!r} is not a valid {tp.__name__}",
                code="payload.bad_value",
                field=path,
                value=str(value),
            ) from None
    if tp is dt.datetime:
        if not isinstance(value, str):
            raise _fail(path, "ISO date-time", value)
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            raise _fail(path, "ISO date-time", value) from None
    if tp is dt.date:
        if not isinstance(value, str):
            raise _fail(path, "ISO date", value)
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise _fail(path, "ISO date", value) from None
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _fail(path, "number", value)
        return float(value)
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _fail(path, "integer", value)
        return value
    if tp in (str, bool):
        if not isinstance(value, tp):
            raise _fail(path, tp.__name__, value)
        return value
    raise _fail(path, str(tp), value)
