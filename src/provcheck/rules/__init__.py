"""Knowledge held as data: rule packs, the provider registry, label vocabulary, doc-type evidence, CRM mappings."""

from provcheck.rules.doctypes import DocTypeRules, load_doc_type_rules
from provcheck.rules.pack import RulePack, load_rule_pack
from provcheck.rules.registry import Labels, Provider, load_labels, load_providers

__all__ = [
    "DocTypeRules",
    "Labels",
    "Provider",
    "RulePack",
    "load_doc_type_rules",
    "load_labels",
    "load_providers",
    "load_rule_pack",
]
