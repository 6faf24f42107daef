"""The JSON Schema of a result line, generated from the pydantic models (docs/result-format.md).

The models give each object's fields and types; what `DocumentResult.to_json_dict` adds on top is
written here as schema rules, so the schema says exactly what a line holds: every top-level key is
always present, `record` is an object (empty for a `failed` document) holding exactly the fields of
its doc type (models.FIELDS_BY_TYPE), and `schema` names the version.
"""

from __future__ import annotations

import copy
from functools import lru_cache
from typing import Any

from provcheck.models import FIELDS_BY_TYPE, SCHEMA, DocumentResult

DIALECT = "https://json-schema.org/draft/2020-12/schema"
TOP_LEVEL = (
    "schema",
    "source",
    "doc_type",
    "record",
    "evidence",
    "completeness",
    "missing",
    "issues",
    "duplicates",
    "status",
)


@lru_cache(maxsize=1)
def _generated() -> dict[str, Any]:
    schema = DocumentResult.model_json_schema(by_alias=True, mode="serialization")
    props = schema["properties"]
    props["schema"] = {"const": SCHEMA, "description": "The version of this format."}
    props["record"] = {"$ref": "#/$defs/Record", "description": "The fields of the doc type ({} when failed)."}
    props["completeness"].update(minimum=0.0, maximum=1.0)
    schema["required"] = list(TOP_LEVEL)
    rules: list[dict[str, Any]] = [
        {
            "if": {"properties": {"status": {"const": "failed"}}, "required": ["status"]},
            "then": {"properties": {"record": {"maxProperties": 0}}},
        }
    ]
    for doc_type, fields in FIELDS_BY_TYPE.items():
        rules.append(
            {
                "if": {
                    "properties": {"doc_type": {"const": doc_type}, "status": {"not": {"const": "failed"}}},
                    "required": ["doc_type", "status"],
                },
                "then": {
                    "properties": {
                        "record": {"required": list(fields), "propertyNames": {"enum": list(fields)}}
                    }
                },
            }
        )
    schema["allOf"] = rules
    return {
        "$schema": DIALECT,
        "$id": f"urn:provcheck:schema:{SCHEMA}",
        "title": "provcheck document result",
        "description": "One line of results.jsonl (or of `check --json`): one document's result.",
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }


def result_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one result line; a fresh copy the caller may change."""
    return copy.deepcopy(_generated())


__all__ = ["result_schema"]
