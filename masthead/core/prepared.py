"""Querysets compiled to SQL once per process, then run again with new values.

On a story page Django spends several times longer turning each queryset into SQL than the
database spends answering it. The hot reads of reader pages have a fixed shape (only values
such as a slug, an id or the current time change), so `Prepared` builds the queryset once,
finds where each value lands among the SQL parameters by building it again with probe values,
and from then on only swaps the values in and turns rows into objects the way Django does.

It is exact or it is not used: if a probe changes the SQL itself, or a value does not show up
as a parameter exactly where expected, the queryset is simply built and run every time.
"""

import itertools
import threading
from collections.abc import Callable
from datetime import datetime, timedelta

from django.db import connections, models, router
from django.db.models.query import get_related_populators
from django.utils import timezone

_probe_numbers = itertools.count(1)


class Prepared:
    """`Prepared(build).fetch(**values)` returns what `list(build(**values))` would.

    `build` takes keyword values (str, int or aware datetime) and returns a queryset of
    model instances (select_related allowed; no prefetch_related, annotations or slicing that
    depends on the values).
    """

    def __init__(self, model: type[models.Model], build: Callable[..., models.QuerySet]) -> None:
        self.model = model
        self.build = build
        self._plans: dict[str, _Plan | None] = {}
        self._lock = threading.Lock()

    def fetch(self, **values) -> list[models.Model]:
        using = router.db_for_read(self.model)
        plan = self._plans.get(using, False)
        if plan is False:
            plan = self._prepare(using, values)
            with self._lock:
                self._plans[using] = plan
        if plan is None:
            return list(self.build(**values))
        return plan.run(values)

    def forget(self) -> None:
        """Compile again on next use (tests that change the database's shape)."""
        with self._lock:
            self._plans.clear()

    def _prepare(self, using: str, values: dict) -> "_Plan | None":
        connection = connections[using]
        compiler = self.build(**values).query.get_compiler(using=using)
        sql, params = compiler.as_sql()  # also fills compiler.select and klass_info
        params = list(params)
        slots: dict[str, list[int]] = {}
        for name, value in values.items():
            probe = _probe(value)
            if probe is None:
                return None
            probe_sql, probe_params = self.build(**{**values, name: probe}).query.sql_with_params()
            probe_params = list(probe_params)
            if probe_sql != sql or len(probe_params) != len(params):
                return None
            changed = [i for i, (a, b) in enumerate(zip(params, probe_params, strict=True)) if a != b]
            expected_old, expected_new = _adapt(connection, value), _adapt(connection, probe)
            if not changed or any(
                params[i] != expected_old or probe_params[i] != expected_new for i in changed
            ):
                return None
            slots[name] = changed
        return _Plan(using, compiler, sql, params, slots)


class _Plan:
    """The compiled SQL of one queryset shape on one database, and how to fill it in."""

    def __init__(self, using: str, compiler, sql: str, params: list, slots: dict[str, list[int]]) -> None:
        self.using, self.compiler, self.sql, self.params, self.slots = using, compiler, sql, params, slots
        select, klass_info = compiler.select, compiler.klass_info
        self.model = klass_info["model"]
        fields = klass_info["select_fields"]
        self.start, self.end = fields[0], fields[-1] + 1
        self.init_list = [column[0].target.attname for column in select[self.start : self.end]]
        # Populators only hold where each related object's columns are: made once, like the SQL.
        self.populators = get_related_populators(klass_info, select, using)

    def run(self, values: dict) -> list[models.Model]:
        connection = connections[self.using]
        params = list(self.params)
        for name, positions in self.slots.items():
            adapted = _adapt(connection, values[name])
            for i in positions:
                params[i] = adapted
        with connection.cursor() as cursor:
            cursor.execute(self.sql, params)
            rows = cursor.fetchall()
        objects = []
        for row in self.compiler.results_iter([rows]):
            obj = self.model.from_db(self.using, self.init_list, row[self.start : self.end])
            for populator in self.populators:
                populator.populate(row, obj)
            objects.append(obj)
        return objects


def _probe(value):
    """A value of the same kind that no real value equals, or None for kinds not handled."""
    n = next(_probe_numbers)
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return -(10**12) - n
    if isinstance(value, str):
        return f"{value}\x1fprobe{n}"
    if isinstance(value, datetime) and timezone.is_aware(value):
        return value + timedelta(microseconds=n)
    return None


def _adapt(connection, value):
    """A value as the backend's compiler puts it among the parameters."""
    if isinstance(value, datetime):
        return connection.ops.adapt_datetimefield_value(value)
    return value
