"""The portal's preferences form: free text where people think in words, checkboxes for bounded fields."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from django import forms

from accounts.models import WORK_ARRANGEMENTS, Schooling, User, UserPreferences
from conversations.extraction.llm import place_label
from conversations.extraction.rules import find_salary
from delivery.policy import parse_quiet_hours
from jobs.credentials import CREDENTIALS
from jobs.locations import resolve_place
from jobs.vocabulary import canonical_title
from matching import neighbours
from matching.profiles import role_groups, seeker_family
from matching.scoring import housed_locations


def _split(text: str) -> list[str]:
    return [part.strip() for part in re.split(r",|;|\n", text or "") if part.strip()]


class PreferencesForm(forms.Form):
    roles = forms.CharField(
        label="What work do you want?", max_length=300,
        help_text="One or more, separated by commas. For example: Nurse, Caregiver",
    )
    locations = forms.CharField(
        label="Where?", max_length=300, required=False,
        help_text="Cities or states, separated by commas (Lagos, Abuja, PH…). Leave empty if you only want remote work.",
    )
    # Shown only to a seeker who takes some place only where the job houses its staff ("Lagos too if there is
    # accommodation"): they see the condition their words set and can lift it, or set it on another of their places.
    housed = forms.MultipleChoiceField(
        label="Only where the job gives accommodation", required=False, widget=forms.CheckboxSelectMultiple,
        help_text="Jobs in a ticked place are sent only when the post says it gives accommodation (live-in, staff "
                  "quarters). Untick a place to get all its jobs.",
    )
    # The places the page showed for that question: only they are answered on save.
    housed_shown = forms.CharField(required=False, widget=forms.HiddenInput)
    work_arrangements = forms.MultipleChoiceField(
        label="Work style", required=False, widget=forms.CheckboxSelectMultiple,
        choices=[("onsite", "At the workplace"), ("hybrid", "Hybrid"), ("remote", "Remote")],
        help_text="Tick none for any.",
    )
    years_of_experience = forms.IntegerField(label="Years of experience", min_value=0, max_value=60, required=False)
    salary = forms.CharField(
        label="Least pay you'd accept", max_length=60, required=False,
        help_text="For example: 250k a month, or 3m a year. Leave empty for any.",
    )
    skills = forms.CharField(label="Skills", max_length=500, required=False, help_text="Separated by commas.")
    schooling = forms.ChoiceField(
        label="Highest certificate", required=False, choices=[("", "Rather not say"), *Schooling.choices],
        help_text="Posts that require more than this are not sent to you.",
    )
    holds = forms.MultipleChoiceField(
        label="What you have", required=False, widget=forms.CheckboxSelectMultiple,
        choices=[(code, name[0].upper() + name[1:]) for code, name in CREDENTIALS.items()],
        help_text="Some posts require one of these. Tick each you have: posts that require one you leave unticked "
                  "are not sent to you.",
    )
    also_take = forms.MultipleChoiceField(
        label="Also send me jobs in these lines", required=False, widget=forms.CheckboxSelectMultiple,
        choices=[(code, option.english) for code, option in neighbours.OPTIONS.items()],
        help_text="They are close to your work. Tick each you'd take: those you leave unticked are not sent to you.",
    )
    # The lines the page showed (those next to the roles saved when it was opened): only they are answered on save.
    also_shown = forms.CharField(required=False, widget=forms.HiddenInput)
    alerts_per_day = forms.IntegerField(
        label="Most job alerts a day", min_value=1, max_value=50, required=False,
        help_text="Leave empty for the usual number. Extra matches wait until you type jobs.",
    )
    quiet_hours = forms.CharField(
        label="Quiet hours", max_length=20, required=False,
        help_text="No alerts between these times, e.g. 22:00-07:00. Write off for none; leave empty for the usual.",
    )

    def __init__(self, *args: Any, levelled: tuple[str, ...] = (), **kwargs: Any) -> None:
        """`levelled`: the lines they take only at a supervisor's level (`levelled_of`), named so beside their box
        (a tick keeps the condition: services.preferences_update)."""
        super().__init__(*args, **kwargs)
        shown = self.shown()
        field = self.fields["also_take"]
        assert isinstance(field, forms.MultipleChoiceField)
        field.choices = [(code, neighbours.OPTIONS[code].english + (" (supervisor level and up, as you said)"
                                                                     if code in levelled else "")) for code in shown]
        if not shown:  # their lines have no neighbours to ask about: no empty question on the page
            del self.fields["also_take"]
        places = self.housed_offered()
        housed = self.fields["housed"]
        assert isinstance(housed, forms.MultipleChoiceField)
        housed.choices = [(label, label.split(",")[0]) for label in places]
        if not places:
            del self.fields["housed"]

    def housed_offered(self) -> list[str]:
        raw = self.data.get("housed_shown") if self.is_bound else self.initial.get("housed_shown")
        return [label.strip() for label in str(raw or "").split(";") if label.strip()]

    def shown(self) -> list[str]:
        raw = self.data.get("also_shown") if self.is_bound else self.initial.get("also_shown")
        return [code for code in str(raw or "").split(",") if code in neighbours.OPTIONS]

    @staticmethod
    def levelled_of(prefs: UserPreferences | None) -> tuple[str, ...]:
        answered = prefs.also_take if prefs is not None and isinstance(prefs.also_take, dict) else {}
        return tuple(code for code, yes in answered.items() if yes == neighbours.SENIOR)

    @staticmethod
    def initial_from(prefs: UserPreferences | None, user: User | None = None) -> dict:
        alerts = {"alerts_per_day": user.alert_daily_cap, "quiet_hours": user.quiet_hours} if user else {}
        if prefs is None:
            return alerts
        salary = ""
        if prefs.salary_min is not None:
            period = "a year" if prefs.salary_period == "yearly" else "a month"
            salary = f"{prefs.salary_currency} {prefs.salary_min:,.0f} {period}"
        return {
            "roles": ", ".join(prefs.job_roles or []),
            "locations": ", ".join(_joinable(prefs.preferred_locations or [])),
            "work_arrangements": [a for a in prefs.work_arrangements or [] if a in WORK_ARRANGEMENTS],
            "years_of_experience": prefs.years_of_experience,
            "salary": salary,
            "skills": ", ".join(prefs.technical_skills or []),
            "schooling": prefs.schooling,
            "holds": [code for code, held in (prefs.credentials or {}).items() if held and code in CREDENTIALS],
            **_also_initial(prefs),
            **_housed_initial(prefs),
            **alerts,
        }

    def clean_roles(self) -> list[str]:
        roles = [canonical_title(r) or r.title() for r in _split(self.cleaned_data["roles"])]
        if not roles:
            raise forms.ValidationError("Tell us at least one kind of work.")
        return list(dict.fromkeys(roles))[:10]

    def clean_locations(self) -> list[str]:
        unknown = [name for name in _split(self.cleaned_data["locations"]) if resolve_place(name) is None]
        if unknown:
            raise forms.ValidationError(f"We don't know {', '.join(unknown)} yet. Try a city or state, like Ikeja or Lagos.")
        return list(dict.fromkeys(place_label(name) for name in _split(self.cleaned_data["locations"])))[:10]

    def clean_salary(self) -> tuple[Decimal | None, str, str]:
        text = self.cleaned_data["salary"].strip()
        if not text:
            return None, "NGN", "monthly"
        found = find_salary(text)
        if found is None:
            raise forms.ValidationError("Write an amount like 250k a month or 3m a year.")
        amount, currency, period, _ = found
        return Decimal(str(round(amount, 2))), currency or "NGN", period

    def clean_quiet_hours(self) -> str:
        text = self.cleaned_data["quiet_hours"].strip()
        try:
            quiet = parse_quiet_hours(text)
        except ValueError:
            raise forms.ValidationError("Write two times like 22:00-07:00, or off.") from None
        if quiet is None:
            return "off" if text else ""
        return f"{quiet.start:%H:%M}-{quiet.end:%H:%M}"

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        arrangements = [a for a in ("onsite", "hybrid", "remote") if a in (data.get("work_arrangements") or [])]
        if "locations" in data and not data["locations"] and arrangements != ["remote"]:
            self.add_error("locations", "Add a city or state, or tick only Remote.")
        salary_min, currency, period = data.get("salary") or (None, "NGN", "monthly")
        data.update(
            job_roles=data.get("roles", []),
            preferred_locations=data.get("locations", []),
            technical_skills=list(dict.fromkeys(_split(data.get("skills", ""))))[:20],
            work_arrangements=arrangements,
            salary_min=salary_min,
            salary_currency=currency,
            salary_period=period,
            schooling=data.get("schooling") or "",
            # the form asks about every must-have: what is left unticked is answered "no"
            credentials={code: code in (data.get("holds") or []) for code in CREDENTIALS},
            # like the chat's question: every line shown is answered, what is left unticked with a no
            also_take={code: code in (data.get("also_take") or []) for code in self.shown()},
            # the places the page asked about, ticked or not (None: not asked, the saved condition stands)
            housed_places=[label for label in data.get("housed") or [] if label in data.get("locations", [])]
            if "housed" in self.fields else None,
            words={"roles": self.data.get("roles", ""), "locations": self.data.get("locations", ""),
                   "salary": self.data.get("salary", ""), "skills": self.data.get("skills", "")},
        )
        return data


def _housed_initial(prefs: UserPreferences) -> dict[str, Any]:
    """Their places, with those taken only where the job gives accommodation ticked, when any is."""
    places = list(prefs.preferred_locations or [])
    ticked = housed_locations(places, prefs.user_words or {})
    return {"housed_shown": "; ".join(places), "housed": ticked} if ticked else {}


def _also_initial(prefs: UserPreferences) -> dict[str, Any]:
    """The neighbouring lines their saved roles are asked about, ticked as they answered; never answered, ticked where
    the rules already send that line's posts (their family), so saving the page untouched changes little."""
    groups = tuple(dict.fromkeys(g for role in prefs.job_roles or [] for g in role_groups(str(role))))
    codes = neighbours.offered(groups)
    answered = prefs.also_take if isinstance(prefs.also_take, dict) else {}
    family = set(seeker_family(groups))
    ticked = [code for code in codes
              if answered.get(code, code not in answered and bool(neighbours.OPTIONS[code].groups & family))]
    return {"also_shown": ",".join(codes), "also_take": ticked}


def _joinable(locations: list[str]) -> list[str]:
    # "Abuja, FCT" would split into two entries on the way back: keep the first part of each label.
    return [location.split(",")[0].strip() for location in locations]
