"""Conversation services: what the bot does with each inbound message.

`inbound_handle` reads the message, runs the extractor on free text (outside any lock: it may call OpenAI),
then, holding the user's row, loads the dialogue state, runs the pure `transition`, carries out its effects
in order and saves the state. One user's messages are handled one at a time.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.utils import timezone

from accounts.models import User, UserPreferences
from accounts.selectors import HOUSED, HOUSED_SEPARATOR
from accounts.services import user_pause
from aremu.voice import say, speaking
from conversations.dialogue import Effect, EffectName, Message, Prefs, State, parse_command, transition
from conversations.dialogue.state import READY
from conversations.extraction import extract_preferences
from conversations.models import ConversationState, InboundMessage, InboundStatus
from conversations.portal import portal_link_hours, portal_url
from conversations.selectors import state_load
from delivery import messages
from delivery.history import history_not_for_me
from delivery.models import ErrorCode, HistoryStatus, MessagePurpose, MessageStatus, OutboundMessage, UserJobHistory
from delivery.outbound import message_queue
from delivery.services import digest_send, jobs_send_on_request
from matching import neighbours
from matching.selectors import match_explanation
from screening.services import job_report

logger = logging.getLogger(__name__)

TEXT_TYPES = {"text"}
BUTTON_TYPES = {"interactive", "button"}


def inbound_handle(*, inbound_id: int) -> None:
    """Answer one stored inbound message. The webhook's task calls this exactly once per message id."""
    inbound = InboundMessage.objects.select_related("user").get(pk=inbound_id)
    if inbound.user is None or inbound.user.blocked_at is not None:
        # A user an operator blocked gets no answer at all, START included: anything said would be a send to them.
        _mark(inbound_id, InboundStatus.IGNORED)
        return
    # The row's id names any request this message opens ("delete my data"), so only its own buttons answer it.
    message = replace(message_from_inbound(inbound), ref=str(inbound_id))
    with transaction.atomic():
        user = User.objects.select_for_update(no_key=True).get(pk=inbound.user.pk)
        conversation, _ = ConversationState.objects.get_or_create(user=user)
        prefs_row = UserPreferences.objects.filter(user=user).first()
        before = state_load(user=user, conversation=conversation, prefs=prefs_row)
        after, replies = transition(before, message)
        if not any(isinstance(reply, Effect) and reply.name == EffectName.ERASE for reply in replies):
            # Saved before the effects run: "yes" confirms and at once sends the matches for the preferences
            # just confirmed (read before, they were the unconfirmed ones: "No new matching jobs right now").
            conversation_save(conversation=conversation, state=after)
            preferences_save(user=user, row=prefs_row, before=before, after=after)
            language_save(user=user, state=after)
        with speaking(after.lang):  # what the effects send (jobs, the portal link) is in the same register
            _carry_out(user=user, replies=replies, inbound_id=inbound_id)
    _mark(inbound_id, InboundStatus.PROCESSED)


def message_from_inbound(inbound: InboundMessage) -> Message:
    """The stored message as the dialogue sees it; free text is read by the extractor here."""
    kind = inbound.message_type
    text = (inbound.text or "").strip()
    if kind in BUTTON_TYPES:
        return Message("button", text=text, reply_id=inbound.reply_id or "")
    if kind == "reaction":
        return Message("reaction")
    if kind == "location":
        text = _location_text(inbound.payload or {}) or text
        return Message("location", text=text, extracted=extract_preferences(text) if text else None)
    if kind not in TEXT_TYPES:
        return Message("media")
    if not text or parse_command(text) or (inbound.user and not inbound.user.is_active):
        return Message("text", text=text)  # nothing to extract (a stopped user's text only gets "send START")
    return Message("text", text=text, extracted=extract_preferences(text[:2000]))


def _location_text(payload: dict) -> str:
    location = payload.get("location")
    if not isinstance(location, dict):
        location = {}
    return ", ".join(str(location.get(k)) for k in ("name", "address") if location.get(k))


def _mark(inbound_id: int, status: str) -> None:
    InboundMessage.objects.filter(pk=inbound_id, status=InboundStatus.RECEIVED).update(
        status=status, processed_at=timezone.now()
    )


# --- Saving the dialogue ---------------------------------------------------------------------------


def conversation_save(*, conversation: ConversationState, state: State) -> None:
    conversation.step = state.step
    conversation.data = state.data()
    conversation.save(update_fields=["step", "data", "updated_at"])


def language_save(*, user: User, state: State) -> None:
    if (user.language, user.language_chosen) != (state.lang, state.lang_chosen):
        User.objects.filter(pk=user.pk).update(language=state.lang, language_chosen=state.lang_chosen)
        user.language, user.language_chosen = state.lang, state.lang_chosen


def preferences_save(*, user: User, row: UserPreferences | None, before: State, after: State) -> None:
    """Write the preferences only when they or their confirmation changed."""
    if row is not None and before.prefs == after.prefs and before.confirmed == after.confirmed:
        return
    if row is None and after.prefs == Prefs() and not after.confirmed:
        return
    row = row or UserPreferences(user=user)
    preferences_apply(row=row, prefs=after.prefs, confirmed=after.confirmed)


def preferences_update(*, user: User, cleaned: dict) -> UserPreferences:
    """Save the portal's form (conversations/forms.py). Saving a form the user filled in and read is their
    confirmation; the words they typed are kept beside what was already known."""
    row, _ = UserPreferences.objects.get_or_create(user=user)
    words = dict(row.user_words or {})
    words.update({key: value for key, value in cleaned["words"].items() if value})
    if cleaned.get("housed_places") is not None:  # the portal showed the accommodation question: their answer stands
        words[HOUSED] = HOUSED_SEPARATOR.join(cleaned["housed_places"])
    salary_min = cleaned["salary_min"]
    prefs = Prefs(
        roles=cleaned["job_roles"], locations=cleaned["preferred_locations"], skills=cleaned["technical_skills"],
        years=cleaned["years_of_experience"], salary_min=float(salary_min) if salary_min is not None else None,
        salary_currency=cleaned["salary_currency"], salary_period=cleaned["salary_period"],
        arrangements=cleaned["work_arrangements"], words=words,
        credentials=cleaned.get("credentials", dict(row.credentials or {})),  # a caller without the question keeps them
        schooling=cleaned.get("schooling", row.schooling or ""),
        also_take=_also_take(dict(row.also_take or {}), cleaned.get("also_take", {})),
    )
    preferences_apply(row=row, prefs=prefs, confirmed=True)
    User.objects.filter(pk=user.pk).update(alert_daily_cap=cleaned.get("alerts_per_day"),
                                           quiet_hours=cleaned.get("quiet_hours", ""))
    # The chat picks up from here: no onboarding question is left open.
    ConversationState.objects.update_or_create(user=user, defaults={"step": READY, "data": {}})
    return row


def preferences_apply(*, row: UserPreferences, prefs: Prefs, confirmed: bool) -> UserPreferences:
    """The one write of a seeker's preferences, with its defaults: the chat (`preferences_save`) and the portal
    (`preferences_update`) both save through here."""
    row.job_roles = prefs.roles
    row.preferred_locations = prefs.locations
    row.technical_skills = prefs.skills
    row.years_of_experience = prefs.years
    row.salary_min = Decimal(str(round(prefs.salary_min, 2))) if prefs.salary_min is not None else None
    row.salary_currency = prefs.salary_currency or "NGN"
    row.salary_period = prefs.salary_period if prefs.salary_period in ("monthly", "yearly") else "monthly"
    row.work_arrangements = prefs.arrangements
    row.user_words = prefs.words
    row.credentials = prefs.credentials
    row.schooling = prefs.schooling
    row.also_take = prefs.also_take
    row.preferences_confirmed = confirmed
    row.save()
    return row


# --- Effects ---------------------------------------------------------------------------------------


def _carry_out(*, user: User, replies: list, inbound_id: int) -> None:
    """Send replies and do effects in order; nothing after an erasure."""
    last_sent = None
    for reply in replies:
        if isinstance(reply, Effect):
            if reply.name == EffectName.ERASE:
                user_erase(user=user, keep_outbound_id=getattr(last_sent, "pk", None), keep_inbound_id=inbound_id)
                return
            _effect(user=user, effect=reply)
        else:
            last_sent = message_queue(user=user, payload=reply, purpose=MessagePurpose.REPLY)


def _effect(*, user: User, effect: Effect) -> None:
    match effect.name:
        case EffectName.SEND_JOBS:
            jobs_send_on_request(user=user, page=effect.page)
        case EffectName.FIRST_JOBS:
            # Just confirmed: their matches at once; with none, the confirmation already said they will come.
            jobs_send_on_request(user=user, page=1, say_none=False)
        case EffectName.HELD_JOBS:
            digest_send(user_id=user.pk, heading=say("While your alerts were paused", "While your alerts pause"))
        case EffectName.EXPLAIN if effect.job_id is not None:
            explanation = match_explanation(user=user, job_id=effect.job_id)
            message_queue(user=user, payload=messages.text(explanation), purpose=MessagePurpose.REPLY)
        case EffectName.NOT_FOR_ME if effect.job_id is not None:
            history_not_for_me(user=user, job_id=effect.job_id)
        case EffectName.REPORT if effect.job_id is not None:
            job_report(user_id=user.pk, job_id=effect.job_id)
        case EffectName.PAUSE:
            user_pause(user=user, days=effect.days or 7)
        case EffectName.RESUME:
            User.objects.filter(pk=user.pk).update(paused_until=None)
            user.paused_until = None
        case EffectName.STOP:
            user_opt_out(user=user)
        case EffectName.START:
            User.objects.filter(pk=user.pk).update(is_active=True, opted_out_at=None)
        case EffectName.PORTAL_LINK:
            portal_link_send(user=user)
        case _:  # a job's effect without a job; ERASE is carried out by the caller
            logger.warning("unknown dialogue effect %s", effect)


def user_opt_out(*, user: User) -> None:
    """STOP: at once, everywhere. Alerts already queued are cancelled, held jobs dropped; replies still go."""
    now = timezone.now()
    User.objects.filter(pk=user.pk).update(is_active=False, opted_out_at=now)
    OutboundMessage.objects.filter(user=user, status=MessageStatus.QUEUED).exclude(purpose=MessagePurpose.REPLY).update(
        status=MessageStatus.FAILED, error_code=ErrorCode.OPTED_OUT, error_message="The user sent STOP.", updated_at=now
    )
    UserJobHistory.objects.filter(user=user, status__in=[HistoryStatus.PENDING, HistoryStatus.HELD]).update(
        status=HistoryStatus.SKIPPED
    )


def user_erase(*, user: User, keep_outbound_id: int | None, keep_inbound_id: int | None) -> None:
    """"Delete my data": preferences, job history, messages, conversation state and the user row itself.

    Messages go by the number as well as by the user: rows never linked to them (WhatsApp's `system` notices,
    messages that failed before the sender was known, an earlier erasure's goodbye) hold it too.
    Two rows outlive it: the goodbye message, which must carry the number until it is sent, and the inbound
    message being handled (its worker marks it processed), scrubbed of everything but its id.
    """
    user_messages_erase(user=user, keep_outbound_id=keep_outbound_id, keep_inbound_id=keep_inbound_id)
    # For the pre_delete receiver: done, and the goodbye must stay (a mark on this instance, not a field).
    user.messages_erased = True  # type: ignore[attr-defined]
    user.delete()  # cascades: preferences, job history, window, conversation state, match profile
    logger.info("erased a user's data on request")


def user_messages_erase(*, user: User, keep_outbound_id: int | None = None, keep_inbound_id: int | None = None) -> None:
    """Every message row that holds this person's number or words (their rows only point at them loosely)."""
    outbound = OutboundMessage.objects.filter(Q(user=user) | Q(to=user.phone_number))
    inbound = InboundMessage.objects.filter(_inbound_of(user))
    if keep_outbound_id is not None:
        outbound = outbound.exclude(pk=keep_outbound_id)
    if keep_inbound_id is not None:
        inbound = inbound.exclude(pk=keep_inbound_id)
    outbound.delete()
    inbound.delete()
    if keep_inbound_id is not None:
        InboundMessage.objects.filter(pk=keep_inbound_id).update(
            user=None, text="", reply_id="", payload={}, from_number="", error=""
        )


@receiver(pre_delete, sender=User, dispatch_uid="conversations.user_messages_erase")
def _user_deleted(sender: type[User], instance: User, **kwargs: object) -> None:
    # An operator deleting a seeker in the admin erases as "delete my data" does: message rows only hold the user
    # by a nullable key, so the cascade alone would leave their number and words behind.
    if not getattr(instance, "messages_erased", False):
        user_messages_erase(user=instance)


def _inbound_of(user: User) -> Q:
    """Inbound rows that are this person's: linked to them, sent from their number or WhatsApp id, or unlinked
    notices that name the number (a `system` "changed from <number> to …")."""
    digits = user.phone_number.lstrip("+")  # WhatsApp's wa_id form
    senders = [s for s in (digits, user.phone_number, user.whatsapp_user_id) if s]
    sent_by = (
        Q(from_number__in=senders) | Q(payload__from__in=senders) | Q(payload___sender__wa_id__in=senders)
        | Q(payload___sender__user_id__in=senders)
    )
    names_number = Q(user__isnull=True) & (Q(payload__icontains=digits) | Q(text__contains=digits))
    return Q(user=user) | sent_by | names_number


def portal_link_send(*, user: User) -> None:
    message_queue(
        user=user,
        payload=messages.cta_url(
            say(f"Here's a private link to see and edit all your preferences on one page. It works for "
                f"{portal_link_hours()} hours; don't share it.",
                f"See private link to see and change everything wey you want for one page. E go work for "
                f"{portal_link_hours()} hours; no share am with anybody."),
            display_text=say("Open preferences", "Open am"),
            url=portal_url(user=user),
        ),
        purpose=MessagePurpose.REPLY,
    )


def _also_take(saved: dict[str, Any], ticked: dict[str, bool]) -> dict[str, Any]:
    """The portal's ticks over the saved answers: lines not shown keep their answer, and a line they take only at a
    supervisor's level (matching.neighbours.SENIOR) keeps that condition while it stays ticked."""
    return {**saved, **{code: neighbours.SENIOR if yes and saved.get(code) == neighbours.SENIOR else yes
                        for code, yes in ticked.items()}}
