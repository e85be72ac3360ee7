from django_q.models import Schedule

from aremu.schedules import ScheduleSpec

SCHEDULES = [
    # Preferences written without signals (bulk/update) or a vocabulary change leave stale profiles: re-index them.
    ScheduleSpec(name="matching: refresh stale profiles", func="matching.tasks.refresh_stale_profiles",
                 schedule_type=Schedule.MINUTES, minutes=10),
]
