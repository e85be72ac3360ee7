"""vulture's whitelist: names that look unused to a reader of the Python alone, each with who uses it.

vulture counts every name written here as a use. Whole conventions (admin options, Meta, commands, fixtures)
are ignored in pyproject.toml's [tool.vulture]; this file lists the one-by-one cases. Add a name only with
its reason; a name nobody uses is dead code: delete it instead.
"""
# ruff: noqa: B018, F821  (bare names are the point: vulture reads them as uses)

# Django and its apps read these settings by name (aremu/settings.py, and tests that set them on `settings`).
(ALLOWED_HOSTS, CSRF_TRUSTED_ORIGINS, INSTALLED_APPS, MIDDLEWARE, ROOT_URLCONF, WSGI_APPLICATION, TEMPLATES, CACHES,
 DEFAULT_AUTO_FIELD, AUTH_PASSWORD_VALIDATORS, PASSWORD_HASHERS, AUTHENTICATION_BACKENDS, LOGIN_URL, SERVER_EMAIL,
 LANGUAGE_CODE, TIME_ZONE, USE_I18N, USE_TZ, STATIC_URL, STATIC_ROOT)
(SECURE_PROXY_SSL_HEADER, SECURE_SSL_REDIRECT, SECURE_REDIRECT_EXEMPT, SECURE_HSTS_SECONDS,
 SECURE_HSTS_INCLUDE_SUBDOMAINS, SECURE_HSTS_PRELOAD, SESSION_COOKIE_SECURE, CSRF_COOKIE_SECURE)
WHITENOISE_USE_FINDERS
(AXES_HANDLER, AXES_COOLOFF_TIME, AXES_LOCKOUT_PARAMETERS, AXES_RESET_ON_SUCCESS, AXES_CLIENT_IP_CALLABLE,
 AXES_ENABLED, AXES_VERBOSE)
SPECTACULAR_SETTINGS
application  # aremu/wsgi.py and asgi.py: gunicorn and WSGI_APPLICATION load it by path

# Named by dotted path in a string, so no import shows the use.
client_ip  # AXES_CLIENT_IP_CALLABLE
Pages, error_handler  # REST_FRAMEWORK's DEFAULT_PAGINATION_CLASS and EXCEPTION_HANDLER
error_responses_hook  # SPECTACULAR_SETTINGS' POSTPROCESSING_HOOKS
gin_indexes  # aremu/migration_ops.py: called by migrations, which vulture does not read
# Django-Q2 tasks, enqueued with async_task("app.tasks.name") or scheduled in the apps' schedules.py.
send_message, deliver_job, sweep_windows, reconcile_sends  # delivery.tasks
process_inbound, sweep_inbound  # conversations.tasks
sweep_pipeline, run_search, run_board, archive_stale_jobs  # jobs.tasks
enhance_job  # jobs.enhancement.tasks
refresh_stale_profiles  # matching.tasks
check_alerts  # console.tasks
by_blocked, by_place  # django-filter: BooleanFilter(method="by_blocked"), CharFilter(method="by_place")
index_keys  # matching/admin.py: a readonly_fields entry

# Called by a framework through an overridden hook or a keyword it always passes.
LockoutBasicScheme, target_class, get_security_definition, auto_schema  # drf-spectacular finds its extensions
generator, public  # drf-spectacular calls postprocessing hooks with these keywords
app_configs  # Django calls system checks as check(app_configs=…, databases=…)
model_admin  # SimpleListFilter.lookups(request, model_admin)
get_why  # DRF: SerializerMethodField() named "why"
default_detail  # DRF's APIException subclasses: the message of the 429
short_description  # the admin's label of an action built at run time (screening/admin.py)
scrape  # jobspy calls Scraper.scrape on the test doubles of its sites
monitor_interval  # tqdm.monitor_interval = 0: tqdm reads it (no monitor thread in commands)

# pytest fixtures asked for by parameter for their side effect only.
no_rate_limit, failing_check, sole_thread, fake_jobspy
django_db_modify_db_settings_parallel_suffix  # pytest-django: run after it, as its docs ask

# Fields and attributes read by templates, serializers or SQL rather than Python attribute access.
job_title  # delivery/api.py: a serializer field listed in Meta.fields
alerts_per_day  # the portal's form field, read as cleaned_data["alerts_per_day"]
created_after, active_after, posted_after, posted_before, shown_after, shown_before, min_score  # filter sets' params
tasks_failed, tasks_by_func, inbound_failed, enhancement_waiting  # console/metrics.py: console/dashboard.html
as_of, usd_per_unit  # jobs/salary.py's FxTable: keys of the rates file, read by subscript

# Model fields: columns written through .update()/.create() keywords and read by the admin, the API, or SQL.
(job_categories, notified_at, cleared_at, processed_at, created_by, due_at, reengagement_sent, ai_industry,
 salary_monthly_usd_max, scraped_at, archived_at, pipeline_started_at, fetched_at, source_updated_at, screened_at)
# TextChoices members: values stored in the column and reached by value, e.g. PayPeriod("weekly").
HYBRID, ONSITE, HOURLY, DAILY, WEEKLY, YEARLY, LEVER, WORKABLE, ASHBY
NONE, SSCE, OND, DEGREE  # Schooling: user_preferences.schooling, chosen in the portal and set by value by the chat
TEMPLATE  # DeliveryType.TEMPLATE: a value of user_job_history.delivery_type in the seed's schema
JUNIOR  # ExperienceLevel.JUNIOR: written by value by the enhancers (offline rules, the model's schema)

# A form field Django's Form metaclass collects from the class body; the portal's template renders it and
# PreferencesForm.clean reads it as cleaned_data["holds"] (conversations/forms.py).
holds
# Likewise the hidden field listing the neighbouring lines the portal page showed; PreferencesForm.shown() reads it
# from the form's data (conversations/forms.py).
also_shown
# And the hidden field listing the places the accommodation question showed; PreferencesForm.housed_offered() reads it.
housed_shown
