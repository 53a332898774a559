"""The FilterSet base of every API list, and the filter backend that uses it for ``filterset_fields``."""

import copy
from collections.abc import Iterator, Mapping
from typing import Any

import django_filters
import django_filters.rest_framework
from django import forms
from django.http import QueryDict


class FilterSet(django_filters.rest_framework.FilterSet):
    """A django-filter FilterSet that validates only the parameters a request gives.

    django-filter builds a new form class with a field for every filter on each request and then validates all of
    them, most against empty data; on a list with twenty filters that costs more than the page's queries. Here the
    form fields are built once per filterset class and the form class once per set of given parameters. Filters a
    request leaves out are no-ops in django-filter (empty values are skipped), so the result is the same: the same
    filtering, the same 400 errors for the same bad values.

    Each request gets shallow copies of the filters it uses instead of deep copies of all of them, and the form
    shares the class's field instances: filters and form fields are configuration, which validating and filtering
    only read (the copies get their own ``model``, ``parent`` and method binding). Only for filters whose form
    fields do not depend on the request (no request-scoped ``queryset`` callables).
    """

    def __init__(
        self, data: Any = None, queryset: Any = None, *, request: Any = None, prefix: str | None = None
    ) -> None:
        if queryset is None:
            queryset = self._meta.model._default_manager.all()
        self.is_bound = data is not None
        self.data = data or QueryDict()
        self.queryset = queryset
        self.request = request
        self.form_prefix = prefix
        self.filters = _BoundFilters(self)

    def get_form_class(self) -> type[forms.Form]:
        fields = self._form_fields()
        prefix = f"{self.form_prefix}-" if self.form_prefix else ""
        given = tuple(name for name, field in fields.items() if _given(field, self.data, prefix + name))
        forms_by_fields: dict[tuple[str, ...], type[forms.Form]] = type(self).__dict__["_forms_by_fields"]
        form_class = forms_by_fields.get(given)
        if form_class is None:
            attrs: dict[str, Any] = {name: fields[name] for name in given}
            form_class = type(f"{type(self).__name__}Form", (_SharedFieldsForm, self._meta.form), attrs)
            if len(forms_by_fields) < 512:  # bounded: a client choosing parameter combinations cannot grow it
                forms_by_fields[given] = form_class
        return form_class

    @classmethod
    def _form_fields(cls) -> dict[str, forms.Field]:
        """The form field of every filter, built once per class (from copies: the class's filters stay untouched)."""
        if "_fields_by_name" not in cls.__dict__:
            filters = copy.deepcopy(cls.base_filters)
            for filter_ in filters.values():
                filter_.model = cls._meta.model
            cls._fields_by_name = {name: filter_.field for name, filter_ in filters.items()}
            cls._forms_by_fields = {}
        return cls.__dict__["_fields_by_name"]  # type: ignore[no-any-return]

    _fields_by_name: dict[str, forms.Field]
    _forms_by_fields: dict[tuple[str, ...], type[forms.Form]]


class _BoundFilters(Mapping[str, django_filters.Filter]):
    """A filterset's filters, each copied and bound to it when first used (a request uses the few it gives)."""

    def __init__(self, filterset: FilterSet) -> None:
        self._filterset = filterset
        self._bound: dict[str, django_filters.Filter] = {}

    def __getitem__(self, name: str) -> django_filters.Filter:
        bound = self._bound.get(name)
        if bound is None:
            filterset = self._filterset
            bound = copy.copy(filterset.base_filters[name])
            bound._field = filterset._form_fields()[name]
            bound.model = filterset.queryset.model
            bound.parent = filterset
            if bound.method is not None:
                bound.method = bound.method  # binds a FilterMethod to this copy, not to the class's filter
            self._bound[name] = bound
        return bound

    def __iter__(self) -> Iterator[str]:
        return iter(self._filterset.base_filters)

    def __len__(self) -> int:
        return len(self._filterset.base_filters)


# Widgets that cannot tell a missing value from an empty one (an unticked box is not sent): given = named in data.
_ALWAYS_SUBMITTED = (forms.SelectMultiple, forms.CheckboxSelectMultiple, forms.CheckboxInput)


def _given(field: forms.Field, data: Any, name: str) -> bool:
    if isinstance(field.widget, _ALWAYS_SUBMITTED):
        return name in data
    return not field.widget.value_omitted_from_data(data, {}, name)


class _SharedFieldsForm(forms.Form):
    """A validation-only form that uses its class's field instances instead of deep copies of them (Django copies
    them so that rendering can change widgets per form; these forms are never rendered)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.__dict__["base_fields"] = {}  # what BaseForm.__init__ deep-copies: nothing
        super().__init__(*args, **kwargs)
        del self.__dict__["base_fields"]
        self.fields = dict(type(self).base_fields)


class FilterBackend(django_filters.rest_framework.DjangoFilterBackend):
    """django-filter's DRF backend; filtersets it makes from a view's ``filterset_fields`` use ``FilterSet``."""

    filterset_base = FilterSet
