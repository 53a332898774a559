"""The API's JSON renderer against DRF's own."""

import json
from datetime import UTC, date, datetime
from decimal import Decimal

from rest_framework.renderers import JSONRenderer as DrfJSONRenderer

from api.renderers import JSONRenderer

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


def test_values_orjson_refuses_and_pretty_printing_go_through_drf():
    data = {"results": [{"id": 1, "x": [1, 2]}], "big": 2**70}

    fallback = JSONRenderer().render(data)  # 2**70 is past orjson's 64 bits: DRF's renderer does it
    pretty = JSONRenderer().render({"results": data["results"]}, "application/json; indent=2")
    fast = JSONRenderer().render({"results": data["results"]})

    assert fallback == b'{"results":[{"id":1,"x":[1,2]}],"big":1180591620717411303424}'
    assert (
        pretty
        == b'{\n  "results": [\n    {\n      "id": 1,\n      "x": [\n        1,\n        2\n      ]\n    }\n  ]\n}'
    )
    assert fast == b'{"results":[{"id":1,"x":[1,2]}]}'
    assert JSONRenderer().render(None) == b""
