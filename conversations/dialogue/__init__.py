"""The bot's side of the conversation, as pure functions (no ORM): see `flow.transition`."""

from conversations.dialogue.commands import Command, parse_command
from conversations.dialogue.flow import Outcome, Reply, transition
from conversations.dialogue.state import Effect, EffectName, Message, Prefs, State

__all__ = [
    "Command", "Effect", "EffectName", "Message", "Outcome", "Prefs", "Reply", "State", "parse_command", "transition",
]
