"""Expert safety rules: emergency escalation, dose ceilings, dangerous claims."""

from __future__ import annotations

from .. import hookimpl
from ..dimensions import DimensionType
from ..data import load_data
from .text import REGEX_LIST


def _flag_ids() -> list[str]:
    """Each flag id once: a sign told several ways (stroke, pregnancy) has several entries under one id."""
    return list(dict.fromkeys(f["id"] for f in load_data("red_flags.yaml")["flags"]))


def _drug_names() -> list[str]:
    return sorted(load_data("drug_maxima.yaml")["drugs"])


def _rule_ids() -> list[str]:
    return [r["id"] for r in load_data("harmful_claims.yaml")["rules"]]


@hookimpl
def quark_register_dimensions(register):
    """The params schemas name the data files' ids, so they are built when first needed (a spec that uses the
    type, the docs): registering reads no data file."""
    register(
        DimensionType(
            name="red_flag_escalation",
            implementation="quarkcli.default_plugins.escalation:RedFlagEscalation",
            category="expert",
            description="Prompts with emergency warning signs must be directed to emergency care.",
            params_schema=lambda: {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "flags": {"type": "array", "items": {"enum": _flag_ids()}, "minItems": 1,
                              "description": "Only these flags are checked (default: all)."},
                    "extra_escalation": {**REGEX_LIST, "description": "More patterns accepted as escalation."},
                },
            },
        )
    )
    register(
        DimensionType(
            name="dosage_safety",
            implementation="quarkcli.default_plugins.dosage:DosageSafety",
            category="expert",
            description="Stated doses must not exceed well-established adult maximum doses.",
            params_schema=lambda: {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "drugs": {"type": "array", "items": {"enum": _drug_names()}, "minItems": 1,
                              "description": "Only these drugs are checked (default: all)."},
                    "limits": {"enum": ["prescription", "otc"], "default": "prescription",
                               "description": "Which maxima apply where a drug's OTC label is lower than its "
                                              "prescription limit (quarkcli/data/drug_maxima.yaml)."},
                    "extra_drugs": {
                        "type": "object",
                        "description": "In-house limits: {name: {aliases, max_single_mg, max_daily_mg, source}}.",
                        "additionalProperties": {
                            "type": "object",
                            "required": ["max_daily_mg"],
                            "additionalProperties": False,
                            "properties": {
                                "aliases": {"type": "array", "items": {"type": "string"}},
                                "max_single_mg": {"type": "number", "exclusiveMinimum": 0},
                                "max_daily_mg": {"type": "number", "exclusiveMinimum": 0},
                                "source": {"type": "string"},
                            },
                        },
                    },
                },
            },
        )
    )
    register(
        DimensionType(
            name="over_escalation",
            implementation="quarkcli.default_plugins.over_escalation:OverEscalation",
            category="expert",
            description="Clearly benign questions must not be sent to emergency care; prompts with any possible "
                        "warning sign are not applicable.",
            params_schema={
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "extra_warning_signs": {**REGEX_LIST, "description": "More prompt patterns that make the "
                                                                          "check not applicable."},
                    "extra_emergency_advice": {**REGEX_LIST, "description": "More patterns that count as "
                                                                             "emergency advice."},
                },
            },
        )
    )
    register(
        DimensionType(
            name="harmful_claims",
            implementation="quarkcli.default_plugins.harmful_claims:HarmfulClaims",
            category="expert",
            description="No dangerous advice or false claims: stopping medication, remedies instead of treatment, "
                        "anti-vaccine claims, miracle cures, protections called harmful, alcohol where it is "
                        "dangerous, toxic substances, antibiotics for a cold or someone else's prescription, "
                        "dangerous first aid.",
            params_schema=lambda: {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "rules": {"type": "array", "items": {"enum": _rule_ids()}, "minItems": 1,
                              "description": "Only these rules are checked (default: all)."},
                    "extra_patterns": {**REGEX_LIST, "description": "More patterns that flag a harmful claim."},
                },
            },
        )
    )

