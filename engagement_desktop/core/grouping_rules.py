"""A query's groupings checked against the grouping rules its endpoint declares, one sentence
per problem.

Validation and the planner both read group_by values through `normalized`, so a grouping
written " Tweet.ID" is checked and sent as "tweet.id".
"""
from __future__ import annotations

from .endpoint import EndpointSpec, GroupingRules
from ..i18n.phrases import translate


def normalized(values: list[str]) -> tuple[str, ...]:
    """group_by values as the API spells them: trimmed, lower case, blanks dropped."""
    return tuple(v.strip().lower() for v in values if v.strip())


def grouping_problems(groupings: dict[str, list[str]], spec: EndpointSpec) -> list[str]:
    """What is wrong with a query's groupings on `spec`, one sentence each."""
    if not spec.group_by:
        if not groupings:
            return []
        if spec.granularities:
            return [translate("Groupings", "The {endpoint} endpoint has no groupings — the "
                                           "granularity replaces them; remove them and pick a "
                                           "granularity.").format(endpoint=spec.name)]
        return [translate("Groupings", "The {endpoint} endpoint has no groupings; remove them."
                          ).format(endpoint=spec.name)]
    rules = spec.grouping_rules
    if not groupings:
        return [translate("Groupings", "Add a grouping, for example {first}, {required} (one "
                                       "number per post and metric).").format(
            first=spec.group_by[0], required=rules.required)]
    problems = []
    if len(groupings) > rules.max_groupings:
        problems.append(translate("Groupings", "There are {count} groupings; a request takes "
                                               "at most {most}. Remove {extra}.").format(
            count=len(groupings), most=rules.max_groupings,
            extra=len(groupings) - rules.max_groupings))
    names = [name.strip() for name in groupings]
    for name in dict.fromkeys(n for n in names if n and names.count(n) > 1):
        problems.append(translate("Groupings", "Several groupings are named '{name}'; rename "
                                               "all but one.").format(name=name))
    for name, values in groupings.items():
        problems += _one_grouping(name, normalized(values), spec, rules)
    every = len(rules.values)
    full = [name for name, values in groupings.items() if len(normalized(values)) == every]
    if len(full) > 1:
        problems.append(translate("Groupings", "Only one grouping per request may have all "
                                               "{every} values; {names} do. Shorten all but one."
                                  ).format(every=every, names=", ".join(repr(n) for n in full)))
    return problems


def _one_grouping(name: str, values: tuple[str, ...], spec: EndpointSpec,
                  rules: GroupingRules) -> list[str]:
    label = translate("Groupings", "Grouping '{name}'").format(name=name)
    problems = []
    if not name.strip():
        label = translate("Groupings", "A grouping")
        problems.append(translate("Groupings", "A grouping has no name; name it (the name "
                                               "becomes a key of the response)."))
    elif name.strip() in rules.reserved_names:
        problems.append(translate("Groupings", "'{name}' cannot name a grouping: the response "
                                               "uses that key for something else. Rename it."
                                  ).format(name=name))
    if not values:
        return problems + [translate("Groupings", "{label} is empty; add {required} and what to "
                                                  "group it by.").format(
            label=label, required=rules.required)]
    why = f" ({rules.missing_why})" if rules.missing_why else ""
    for value in dict.fromkeys(values):
        if value not in rules.values:
            problems.append(translate("Groupings", "{label}: '{value}' is not a grouping "
                                                   "value; use {values}.").format(
                label=label, value=value, values=", ".join(spec.group_by)))
        elif value not in spec.group_by:
            problems.append(translate("Groupings", "{label}: {value} is not available on "
                                                   "{endpoint}{why}; use {values}.").format(
                label=label, value=value, endpoint=spec.name, why=why,
                values=" and ".join(spec.group_by)))
        if values.count(value) > 1:
            problems.append(translate("Groupings", "{label} lists {value} {count} times; list "
                                                   "it once.").format(
                label=label, value=value, count=values.count(value)))
    every = len(rules.values)
    if rules.full_orders and len(set(values)) == len(values) == every \
            and values not in rules.full_orders:
        orders = " or ".join("[" + ", ".join(order) + "]" for order in rules.full_orders)
        problems.append(translate("Groupings", "{label} has all {every} values in an order "
                                               "the API refuses; order them {orders}.").format(
            label=label, every=every, orders=orders))
    if rules.required not in values:
        problems.append(translate("Groupings", "{label} must include {required}: without it "
                                               "the numbers of different metrics are added "
                                               "together and cannot be told apart.").format(
            label=label, required=rules.required))
    return problems
