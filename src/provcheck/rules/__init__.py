"""Knowledge held as data: rule packs, the provider registry, label vocabulary, CRM mappings."""

from provcheck.rules.pack import RulePack, load_rule_pack
from provcheck.rules.registry import Labels, Provider, load_labels, load_providers

__all__ = ["Labels", "Provider", "RulePack", "load_labels", "load_providers", "load_rule_pack"]
