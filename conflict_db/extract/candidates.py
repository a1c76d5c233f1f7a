"""What the stages of event extraction pass along: triggers, dates told, candidate events."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .numbers import Quantity


@dataclass
class Trigger:
    type: str
    start: int
    end: int
    nominal: bool
    priority: int
    violent: bool


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    date_start: date
    date_end: date
    precision: str
    direction: str
    # the engine's TIMEX3 type (DATE, TIME, DURATION, SET), or how the extraction read it:
    # PERIOD ("over the past week"), REL/RELM/SINCE/DOM (relative, resolved later), PRIOR (told
    # as earlier than another event), RUNNING (a toll counted from the day a war began)
    type: str
    offset: int = 0
    anchor: int = -1  # "since then": where the date it counts from is told


@dataclass
class Candidate:
    type: str
    trig: Trigger
    sent: tuple[int, int]
    clause: tuple[int, int]
    para: int
    date: DateMention | None = None
    date_how: str | None = None  # own, free, sibling
    after: DateMention | None = None  # a date told of what came before it, never its own
    status: str = "occurred"
    killed: Quantity | None = None
    count: int | None = None
    places: list = field(default_factory=list)
    actors: list = field(default_factory=list)
    evidence: tuple[int, int] = (0, 0)
    drop: bool = False
    vague: bool = False
    toll_only: bool = False  # "N were killed" with nothing else: may belong to the previous event
