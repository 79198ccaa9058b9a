"""A fast constructor for attrs classes whose values are already in normal form (internal).

>>> from kamerstuk.model.citations import Kamervragen
>>> fast_constructor(Kamervragen, "number")("2019Z12345") == Kamervragen(number="2019Z12345")
True
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable
from typing import Any, TypeVar

import attrs
from attrs import AttrsInstance

__all__ = ["fast_constructor", "rebuild", "reduce_fields"]

# Any attrs class: the citations, and the value types they hold (Dossier).
C = TypeVar("C", bound=AttrsInstance)


def fast_constructor(cls: type[C], *params: str) -> Callable[..., C]:
    """A constructor taking ``params`` in order, for values already in normal form.

    attrs runs every converter on every construction; at 200,000 identifiers a second those
    calls are half the time of :func:`kamerstuk.from_identifier`. Its hot paths pass only values
    the converters would return unchanged, so this sets the fields directly and gives the
    other fields their defaults (see :func:`_made` for how).

    >>> from kamerstuk.model.citations import Kamervragen
    >>> fast_constructor(Kamervragen, "number")("2019Z12345") == Kamervragen(number="2019Z12345")
    True
    """
    fields = attrs.fields(cls)
    if hasattr(cls, "__attrs_post_init__") or any(
        isinstance(f.default, attrs.Factory) or f.default is attrs.NOTHING  # type: ignore[arg-type]
        for f in fields
        if f.name not in params
    ):
        return lambda *args: cls(**dict(zip(params, args, strict=True)))
    namespace: dict[str, Any] = {"cls": cls, "made": _made(cls)}
    lines = [f"def build({', '.join(params)}):", "    obj = made()"]
    for f in fields:
        namespace[f"default_{f.name}"] = f.default
        value = f.name if f.name in params else f"default_{f.name}"
        lines.append(f"    obj.{f.name} = {value}")
    # The value becomes what it is: same fields, same layout (a subclass adds none).
    lines.append("    obj.__class__ = cls")
    exec("\n".join([*lines, "    return obj"]), namespace)  # our own source, no input in it
    build: Callable[..., C] = namespace["build"]
    return build


@functools.cache  # one per class, however many constructors it has (import time)
def _made(cls: type[C]) -> type[C]:
    """A subclass of ``cls`` to build its values in: one that lets its fields be set.

    A frozen attrs class refuses ``obj.field = value`` (its ``__setattr__`` raises), and
    setting each field through ``object.__setattr__`` is a call with an argument tuple, about
    a thousand machine instructions a field (callgrind). In this subclass, which adds no field
    and no slot, Python stores straight into the slot; the value is then given its own class
    (``__class__`` assignment, allowed between classes of one layout), so that nothing of the
    subclass remains: ``type(value) is cls``. A Kamerstuk of ten fields is built in a third of
    the instructions, a Found or a Match in half.
    """
    body = {
        "__slots__": (),
        "__init__": object.__init__,  # no attrs __init__: made() only allocates
        "__setattr__": object.__setattr__,
        "__delattr__": object.__delattr__,  # both, or Python keeps the slow path for setting
        "__module__": cls.__module__,
        "__doc__": f"(internal) a {cls.__name__} being built by fast_constructor",
    }
    return type(f"_{cls.__name__}Built", (cls,), body)


#: The fast constructor of every field of a class, made the first time one is unpickled.
_REBUILDERS: dict[type[Any], Callable[..., Any]] = {}
#: What reads the fields of a class's value as a tuple, in order.
_GETTERS: dict[type[Any], Callable[[Any], tuple[Any, ...]]] = {}


def reduce_fields(value: AttrsInstance) -> tuple[Callable[..., Any], tuple[Any, ...]]:
    """``__reduce__`` for a frozen attrs value: rebuild it from its fields' values, in order.

    attrs pickles a slotted class as a dict of its fields and sets them one by one in Python on
    the way back; this pickle holds only the values and is read back by one fast constructor
    call, which halves what find_many's workers and the process that asked spend on pickles.

    >>> import pickle
    >>> from kamerstuk.model.values import Dossier
    >>> reduce_fields(Dossier("35300", ("VIII",)))[1]
    (<class 'kamerstuk.model.values.Dossier'>, ('35300', ('VIII',)))
    >>> pickle.loads(pickle.dumps(Dossier("35300", ("VIII",))))
    Dossier(number='35300', suffixes=('VIII',))
    """
    cls = type(value)
    try:
        fields = _GETTERS[cls]
    except KeyError:
        fields = _GETTERS[cls] = _getter(*(f.name for f in attrs.fields(cls)))
    return rebuild, (cls, fields(value))


def _getter(*names: str) -> Callable[[Any], tuple[Any, ...]]:
    if len(names) == 1:  # attrgetter of one name gives the value, not a tuple of it
        return lambda value: (getattr(value, names[0]),)
    get: Callable[[Any], tuple[Any, ...]] = operator.attrgetter(*names)
    return get


def rebuild(cls: type[C], values: tuple[Any, ...]) -> C:
    """The value of class ``cls`` with these fields' values (what :func:`reduce_fields` gave)."""
    try:
        build = _REBUILDERS[cls]
    except KeyError:
        build = _REBUILDERS[cls] = fast_constructor(cls, *(f.name for f in attrs.fields(cls)))
    value: C = build(*values)
    return value
