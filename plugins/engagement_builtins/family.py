"""What the built-in endpoint plugins share: their spec, the API version, the parser of their
response family, and the request's window in wire format."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import ClassVar

from engagement_desktop.plugins.api import (API_VERSION, RANGE, EndpointSpec, ParsedPage, Step,
                                            to_wire)


@dataclass(frozen=True)
class BuiltinEndpoint:
    spec: EndpointSpec
    api_version: str = API_VERSION
    parser: ClassVar[ModuleType]  # the family's parser module, with parse()

    def parse(self, step: Step, status: int, headers: Mapping[str, str], body: bytes) -> ParsedPage:
        return self.parser.parse(step, status, body)

    def window(self, step: Step, start_key: str, end_key: str) -> dict[str, str]:
        """The step's range under the endpoint's names; nothing for endpoints without one."""
        if self.spec.time != RANGE:
            return {}
        return {start_key: to_wire(step.start), end_key: to_wire(step.end)}
