"""The API's JSON renderer and FilterSet base against DRF's and django-filter's own behaviour."""

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import django_filters
import orjson
import pytest
from django.http import QueryDict
from rest_framework.renderers import JSONRenderer as DrfJSONRenderer

from api.claims.filters import ClaimFilter
from api.filters import FilterSet
from api.renderers import JSONRenderer
from claims.models import Claim

DATA = {
    "when": datetime(2024, 5, 6, 9, 30, 15, 123456, tzinfo=UTC),
    "midnight": datetime(2024, 5, 6, tzinfo=UTC),
    "day": date(2024, 5, 6),
    "amount": Decimal("1.50"),
    "text": 'caf\u00e9 \u2028 \u2029 "quoted" \\ \U0001f600',
    "nested": [{"a": None, "b": True, "c": 0.1 + 0.2}],
    1: "integer key",
}


def test_same_json_as_drf_renderer():
    ours = JSONRenderer().render(DATA)
    drf = DrfJSONRenderer().render(DATA)

    assert json.loads(ours) == json.loads(drf)
    assert b"\\u2028" in ours and b"\\u2029" in ours
    assert json.loads(ours)["when"] == "2024-05-06T09:30:15.123456Z"
    assert json.loads(ours)["midnight"] == "2024-05-06T00:00:00Z"


def test_fragments_pass_through_and_fallbacks_still_render_them():
    data = {"results": [orjson.Fragment(b'{"id" : 1, "x" : [1, 2]}')], "big": 2**70}

    fallback = JSONRenderer().render(data)  # 2**70 is past orjson's 64 bits: DRF's renderer does it
    pretty = JSONRenderer().render({"results": data["results"]}, "application/json; indent=2")
    fast = JSONRenderer().render({"results": data["results"]})

    assert json.loads(fallback) == {"results": [{"id": 1, "x": [1, 2]}], "big": 2**70}
    assert (
        pretty
        == b'{\n  "results": [\n    {\n      "id": 1,\n      "x": [\n        1,\n        2\n      ]\n    }\n  ]\n}'
    )
    assert fast == b'{"results":[{"id" : 1, "x" : [1, 2]}]}'
    assert JSONRenderer().render(None) == b""


class _PrefixedFilter(FilterSet):
    status = django_filters.MultipleChoiceFilter(choices=[("new", "new"), ("published", "published")])
    text = django_filters.CharFilter(method="filter_text")

    class Meta:
        model = Claim
        fields: list[str] = []

    def filter_text(self, queryset, name, value):  # type: ignore[no-untyped-def]
        return queryset.filter(text__icontains=value)


@pytest.mark.parametrize(
    ("query", "valid", "errors", "cleaned"),
    [
        ("status=new&checkworthy=true", True, {}, {"status": ["new"], "checkworthy": True}),
        ("status=bogus&article=x", False, {"status", "article"}, None),
        ("", True, {}, {}),
        ("ordering=-score", True, {}, {"ordering": ["-score"]}),
    ],
)
def test_claim_filter_validates_only_the_given_parameters(query, valid, errors, cleaned):
    filterset = ClaimFilter(QueryDict(query), queryset=Claim.objects.all())

    assert filterset.is_valid() is valid
    assert set(filterset.errors) == set(errors)
    if cleaned is not None:
        assert filterset.form.cleaned_data == cleaned


@pytest.mark.django_db
def test_method_filters_bind_to_their_own_filterset_and_prefixes_work():
    first = _PrefixedFilter(QueryDict("p-text=drones&p-status=new"), queryset=Claim.objects.all(), prefix="p")
    second = _PrefixedFilter(QueryDict("text=bridge"), queryset=Claim.objects.all())

    assert first.filters["text"].parent is first
    assert second.filters["text"].parent is second
    assert _PrefixedFilter.base_filters["text"] is not first.filters["text"]
    assert "%drones%" in str(first.qs.query)  # the method filter ran, on the prefixed parameter
    assert "%bridge%" in str(second.qs.query)
    assert first.form.cleaned_data == {"status": ["new"], "text": "drones"}


def test_filters_map_every_declared_filter_and_bind_each_once():
    filterset = ClaimFilter(QueryDict("status=new"), queryset=Claim.objects.all())

    assert list(filterset.filters) == list(ClaimFilter.base_filters)
    assert len(filterset.filters) == len(ClaimFilter.base_filters)
    assert filterset.filters["status"] is filterset.filters["status"]
    assert filterset.filters["status"].parent is filterset
    assert filterset.filters["status"].model is Claim
    with pytest.raises(KeyError):
        filterset.filters["nonexistent"]
