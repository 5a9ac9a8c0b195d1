"""Memoizing by identity: work on one document or measure that many comparisons repeat.

A catalog compares each notice with every related notice in turn
(notices/catalog.py), so what is read off one document or one measure alone
(its citations, its numbers) would be read again for each comparison it
takes part in. Dicts cannot be hashed, so they are known by their identity
and kept alive while memoized (their id cannot be reused meanwhile); a
memoized object must not change in place, which documents and measures being
compared never do.
"""
from __future__ import annotations

from collections import OrderedDict
from functools import wraps
from typing import Callable, TypeVar

T = TypeVar("T")


def by_identity(kept: int, copy: Callable[[T], T] = lambda found: found):
    """Memoize a function of an object (and hashable further arguments) for
    the `kept` objects used last. `copy` gives each caller its own result
    when callers change it."""
    def decorate(function: Callable[..., T]) -> Callable[..., T]:
        memo: OrderedDict[tuple, tuple[object, T]] = OrderedDict()

        @wraps(function)
        def memoized(obj, *args):
            key = (id(obj), *args)
            found = memo.get(key)
            if found is None or found[0] is not obj:
                found = memo[key] = (obj, function(obj, *args))
                if len(memo) > kept:
                    memo.popitem(last=False)
            else:
                memo.move_to_end(key)
            return copy(found[1])
        return memoized
    return decorate
