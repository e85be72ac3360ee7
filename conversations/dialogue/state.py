"""The dialogue's plain data: a user's preferences draft, where they are in the conversation, one incoming
message and the side effects the service must carry out. No ORM here."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from enum import StrEnum
from typing import Any

from accounts.selectors import HOUSED, ROLE_SEPARATOR, ROLE_TEXT, ROLE_TEXT_FOR, role_wording
from conversations.extraction import Extracted
from matching import neighbours
from matching.profiles import role_groups

# Steps (ConversationState.step)
NEW = "new"
ASK_ROLE = "ask_role"
ASK_LOCATION = "ask_location"
ASK_EXPERIENCE = "ask_experience"
ASK_WORK_STYLE = "ask_work_style"
ASK_SALARY = "ask_salary"
ASK_BACKGROUND = "ask_background"  # highest certificate and the must-haves posts ask (a licence, ICAN, a language)
ASK_NEIGHBOURS = "ask_neighbours"  # whether they also take neighbouring lines of work (matching.neighbours)
CONFIRM = "confirm"
READY = "ready"
EDIT_MENU = "edit_menu"
EDIT = "edit"  # editing one field: State.editing names it
CONFIRM_CHANGE = "confirm_change"
CONFIRM_DELETE = "confirm_delete"

ONBOARDING_STEPS = {NEW, ASK_ROLE, ASK_LOCATION, ASK_EXPERIENCE, ASK_WORK_STYLE, ASK_SALARY, ASK_NEIGHBOURS,
                    ASK_BACKGROUND, CONFIRM}
EDITABLE = ("role", "location", "experience", "work_style", "salary", "skills", "neighbours")


@dataclass
class Prefs:
    roles: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    years: int | None = None
    salary_min: float | None = None
    salary_currency: str = "NGN"
    salary_period: str = "monthly"
    arrangements: list[str] = field(default_factory=list)
    words: dict[str, str] = field(default_factory=dict)
    credentials: dict[str, bool] = field(default_factory=dict)  # must-haves answered (jobs.credentials codes)
    schooling: str = ""  # highest certificate: "ssce", "ond", "degree", or "none" held (accounts.models.Schooling); "" unknown
    also_take: dict[str, neighbours.Answer] = field(default_factory=dict)  # neighbouring lines answered (matching.neighbours codes)

    def needs_location(self) -> bool:
        # A remote-only seeker needs no city; everyone else must name one (never a silent default).
        return not self.locations and self.arrangements != ["remote"]

    def neighbour_options(self) -> tuple[str, ...]:
        """The neighbouring lines (matching.neighbours option codes) their roles are asked about, in the order asked."""
        return neighbours.offered(tuple(dict.fromkeys(group for role in self.roles for group in role_groups(role))))

    def missing_essential(self) -> str | None:
        if not self.roles:
            return "role"
        if self.needs_location():
            return "location"
        return None

    def merged(self, found: Extracted) -> Prefs:
        """This draft with what one message said. Lists replace, or extend when the user says "also" (the
        extractor's `additive`); values the user asked to drop ("not Abuja again") go, whichever way."""
        additive = found.additive

        def pick(old: list[str], new: list[str], name: str) -> list[str]:
            dropped = {_key(value) for value in found.removed.get(name, [])}
            old = [value for value in old if _key(value) not in dropped]
            if not new:
                return old
            return list(dict.fromkeys([*old, *new])) if additive else list(new)

        salary: dict[str, Any] = {}
        if found.salary_min is not None:
            salary = {"salary_min": found.salary_min, "salary_currency": found.salary_currency or "NGN",
                      "salary_period": found.salary_period or "monthly"}
        roles = pick(self.roles, found.roles, "roles")
        return replace(
            self,
            roles=roles,
            locations=pick(self.locations, found.locations, "locations"),
            skills=pick(self.skills, found.skills, "skills"),
            arrangements=pick(self.arrangements, found.arrangements, "arrangements"),
            years=found.years if found.years is not None else self.years,
            words=self._words_with(found, roles),
            credentials={**self.credentials, **found.credentials},
            schooling=found.schooling or self.schooling,
            **salary,
        )

    def _words_with(self, found: Extracted, roles: list[str]) -> dict[str, str]:
        """The user's words for each field, updated by one message. Their words for their work (which matching
        reads) are kept beside the role list they were said for: a list changed any other way (a removal, the
        portal's form) leaves them stale, and matching falls back to the titles."""
        words = {**self.words, **found.words}
        if found.locations:  # places told again: their words say again which ones need accommodation
            words.pop(HOUSED, None)
        if found.roles and found.words.get(ROLE_TEXT):
            earlier = role_wording(roles=self.roles, words=self.words) if found.additive else []
            if found.additive and self.roles and not earlier:
                # roles added to ones whose words are gone (set in the portal): the titles decide for all of them,
                # or the new words alone would stand for every role
                words.pop(ROLE_TEXT, None)
                words.pop(ROLE_TEXT_FOR, None)
                return words
            words[ROLE_TEXT] = ROLE_SEPARATOR.join([*earlier, found.words[ROLE_TEXT]])
            words[ROLE_TEXT_FOR] = ROLE_SEPARATOR.join(roles)
        return words


def _key(value: str) -> str:
    """"Abuja, FCT" and "abuja" are the same place to drop."""
    return value.split(",")[0].strip().casefold()


@dataclass
class State:
    step: str = NEW
    prefs: Prefs = field(default_factory=Prefs)
    confirmed: bool = False
    active: bool = True  # False after STOP
    paused: bool = False
    name: str = ""
    editing: str = ""  # the field being edited in step EDIT
    asked: list[str] = field(default_factory=list)  # optional questions already asked (never asked twice)
    pending: Prefs | None = None  # a change a confirmed user proposed in free text, awaiting "save"
    last_job_id: int | None = None  # the latest alert, for a typed "why"
    resume_step: str = ""  # where to go back to when a "delete my data" is cancelled
    # The open "delete my data" request, carried in its buttons' ids: only a tap on those buttons confirms it.
    erase_ref: str = ""
    jobs_page: int = 1  # the last page of on-request jobs sent, for "more"
    lang: str = "en"  # the register replies are written in (aremu.voice): users.language
    lang_chosen: bool = False  # the seeker asked for it: not guessed from their writing any more

    def data(self) -> dict[str, Any]:
        """What ConversationState.data keeps (preferences and user flags live in their own tables)."""
        return {
            "editing": self.editing,
            "asked": list(self.asked),
            "pending": asdict(self.pending) if self.pending else None,
            "resume_step": self.resume_step,
            "erase_ref": self.erase_ref,
            "jobs_page": self.jobs_page,
        }

    @classmethod
    def from_data(cls, step: str, data: dict[str, Any], **rest: Any) -> State:
        pending = _prefs_or_none(data.get("pending"))
        return cls(
            step=step or NEW,
            editing=str(data.get("editing") or ""),
            asked=list(data.get("asked") or []),
            pending=pending,
            resume_step=str(data.get("resume_step") or ""),
            erase_ref=str(data.get("erase_ref") or ""),
            jobs_page=int(data.get("jobs_page") or 1) if str(data.get("jobs_page") or 1).isdigit() else 1,
            **rest,
        )


def _prefs_or_none(value: Any) -> Prefs | None:
    """Stored data from an older version (or hand-edited in the admin) must not break the conversation."""
    if not isinstance(value, dict):
        return None
    known = {f.name for f in fields(Prefs)}
    try:
        return Prefs(**{k: v for k, v in value.items() if k in known})
    except TypeError:
        return None


@dataclass(frozen=True)
class Message:
    """One inbound message as the dialogue sees it."""

    kind: str  # text, button, location, reaction, media
    text: str = ""
    reply_id: str = ""
    extracted: Extracted | None = None  # the service runs the extractor on free text before the transition
    ref: str = ""  # unique to this message (the stored row's id): names a request it opens, e.g. "delete my data"


class EffectName(StrEnum):
    """What the service does besides sending a reply (`conversations.services._effect` carries each out)."""

    SEND_JOBS = "send_jobs"  # "jobs" or "more": the best unseen matches now
    FIRST_JOBS = "first_jobs"  # preferences just confirmed: their matches at once, nothing said if none
    HELD_JOBS = "held_jobs"  # back from a pause: what matched meanwhile
    EXPLAIN = "explain"  # "why": the score of a job in words
    NOT_FOR_ME = "not_for_me"
    REPORT = "report"  # a seeker reports a job as a scam
    PAUSE = "pause"
    RESUME = "resume"
    STOP = "stop"
    START = "start"
    ERASE = "erase"  # "delete my data": nothing is sent or done after it
    PORTAL_LINK = "portal_link"


@dataclass(frozen=True)
class Effect:
    """Something the service does besides sending a reply, in order with the replies."""

    name: EffectName
    job_id: int | None = None
    days: int | None = None
    page: int = 1
