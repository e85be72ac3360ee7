"""Aremu settings: every knob comes from the environment and has a safe local default.

A fresh clone runs with no .env, no keys and no servers: SQLite, local-memory cache,
Django-Q2's ORM broker, the offline enhancer and the WhatsApp outbox transport.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path
from typing import Any

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
# An optional .env beside manage.py, for operators who prefer a file to exported variables.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEV_SECRET_KEY = "dev-insecure-aremu-secret-key-change-me"  # noqa: S105 - refused below when DEBUG is off

# pytest sets PYTEST_VERSION before it imports anything, so tests get deterministic defaults
# (tasks run inline) without a settings module of their own.
TESTING = "PYTEST_VERSION" in os.environ

# Off unless set: a deployment that forgets it must not show tracebacks and settings, accept the public key or take
# unsigned webhooks. `./dev start` turns it on for the local demo.
DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default=DEV_SECRET_KEY)
if not DEBUG and SECRET_KEY == DEV_SECRET_KEY and not TESTING:
    raise ImproperlyConfigured(
        "SECRET_KEY must be set when DEBUG is off (the development key is public). "
        "For local development use ./dev start, or set DEBUG=True."
    )
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# --- HTTPS (the production profile in the README sets these) -------------------------------------------------
# Behind a proxy that terminates TLS: SECURE_PROXY_SSL_HEADER=HTTP_X_FORWARDED_PROTO,https
_proxy_header = env.list("SECURE_PROXY_SSL_HEADER", default=[])
SECURE_PROXY_SSL_HEADER = tuple(_proxy_header) if len(_proxy_header) == 2 else None
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=False)
# /health/ is polled over plain HTTP by load balancers inside the network.
SECURE_REDIRECT_EXEMPT = [r"^health/"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=False)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
# Cookies travel only over HTTPS once DEBUG is off; set these to False to log in over plain HTTP on a LAN.
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=not DEBUG)
# gunicorn worker processes of `manage.py serve` (each with 4 threads); a separate web service sets its own.
WEB_CONCURRENCY = env.int("WEB_CONCURRENCY", default=2)
# Staff and monitoring see /health/'s details with `Authorization: Bearer <HEALTH_TOKEN>`; empty = staff only.
HEALTH_TOKEN = env.str("HEALTH_TOKEN", default="")
# Public base URL used in links we send to users (the preferences portal).
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    # The admin with the operator dashboard as its index (console/admin_site.py); every registration is unchanged.
    "console.admin_site.ConsoleAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    # Before django_q: its `qcluster` command is aremu's (workers bound to their cluster, aremu/processes.py).
    "aremu",
    "django_q",
    "accounts",
    "jobs",
    "screening",
    "matching",
    "delivery",
    "conversations",
    "console",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Static files (the admin's CSS) from the web process itself, with DEBUG off too; no separate server needed.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "aremu.urls"
WSGI_APPLICATION = "aremu.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server and a Django-Q2 cluster write at once: WAL lets readers run beside a writer,
    # IMMEDIATE takes the write lock at BEGIN (no lock-upgrade deadlocks) and the timeout makes
    # a second writer wait instead of failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": env.int("SQLITE_TIMEOUT", default=30),
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;",
        }
    )
else:
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
    DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and queue --------------------------------------------------------------------
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
            "KEY_PREFIX": env.str("CACHE_KEY_PREFIX", default="aremu"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "aremu"}}

Q_CLUSTER: dict[str, object] = {
    "name": env.str("Q_CLUSTER_NAME_PREFIX", default="aremu"),
    "workers": env.int("Q_WORKERS", default=2),
    # Every task is idempotent; retry must exceed timeout or Django-Q2 re-runs live tasks.
    "timeout": env.int("Q_TIMEOUT", default=300),
    "retry": env.int("Q_RETRY", default=360),
    "max_attempts": env.int("Q_MAX_ATTEMPTS", default=3),
    "ack_failures": True,
    "catch_up": False,
    # Successes kept per function, not overall: the pump and the sweeps run every minute and would otherwise push
    # every scrape and import out of the list within hours. Failures are always kept.
    "save_limit": env.int("Q_SAVE_LIMIT", default=100),
    "save_limit_per": "func",
    "label": "Task queue",
    "sync": env.bool("Q_SYNC", default=TESTING),
}
if REDIS_URL:
    Q_CLUSTER["django_redis"] = "default"
else:
    Q_CLUSTER["orm"] = "default"
    Q_CLUSTER["poll"] = 0.5
# Interactive work (inbound messages, replies, the delivery pump, window reminders) can have a cluster of its own,
# so a seeker's reply never waits behind a scrape. Unset: one plain `qcluster` does everything. Set (e.g.
# "interactive", in every process's environment): that work goes to the named queue, served by a cluster started
# with `Q_CLUSTER_NAME=interactive manage.py qcluster`, and a plain `qcluster` keeps the batch work.
Q_INTERACTIVE_CLUSTER = env.str("Q_INTERACTIVE_CLUSTER", default="")
Q_CLUSTER["ALT_CLUSTERS"] = {
    Q_INTERACTIVE_CLUSTER or "interactive": {
        "workers": env.int("Q_INTERACTIVE_WORKERS", default=3),
        # Replies and sends take seconds; a task still running after a minute is stuck, not busy.
        "timeout": env.int("Q_INTERACTIVE_TIMEOUT", default=90),
        "retry": env.int("Q_INTERACTIVE_RETRY", default=120),
    }
}

# --- Auth, i18n, static -------------------------------------------------------------------
# Under tests only: a wrong password is hashed like a right one (Django's guard against timing), so the lockout and
# rate tests spent most of their minute in PBKDF2. Deployed processes keep Django's default hashers.
if TESTING:
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# Serve from the apps' static folders too, so a deployment that skipped `collectstatic` still has its admin CSS.
WHITENOISE_USE_FINDERS = True
warnings.filterwarnings("ignore", message="No directory at")  # collectstatic not run: the finders serve instead
LOGIN_URL = "/admin/login/"

REST_FRAMEWORK = {
    # Staff only, and each list behind its model's view permission (aremu/api_access.py); superusers hold them all.
    "DEFAULT_PERMISSION_CLASSES": [
        "rest_framework.permissions.IsAdminUser",
        "aremu.api_access.ModelViewPermissions",
    ],
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "aremu.api_access.LockoutBasicAuthentication",
    ],
    # Counted in the default cache (Redis in production, so every web process shares the count).
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env.str("API_THROTTLE_ANON", default="30/min"),
        "user": env.str("API_THROTTLE_USER", default="600/min"),
    },
    # Proxies in front of the app whose X-Forwarded-For we trust (1 behind nginx). 0 = REMOTE_ADDR: a client
    # can't dodge the limits or the login lockout by sending a made-up X-Forwarded-For.
    "NUM_PROXIES": env.int("NUM_PROXIES", default=0),
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
}

# --- Login lockout (django-axes) ------------------------------------------------------------------------
# Failed logins on the admin and on the API's HTTP Basic are counted per username + address, in the database
# (shared by every process; the admin lists and clears lockouts, as does `manage.py axes_reset`). Past the limit
# that username is refused from that address, right password or not, until the cool-off has passed.
INSTALLED_APPS += ["axes"]
MIDDLEWARE += ["axes.middleware.AxesMiddleware"]  # last: turns a lockout into a 429 page
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a locked-out login before any password is checked
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.int("LOGIN_LOCKOUT_MINUTES", default=15) / 60  # hours, as a float
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "aremu.api_access.client_ip"
AXES_ENABLED = env.bool("LOGIN_LOCKOUT", default=True)
AXES_VERBOSE = False  # no banner on every manage.py command; failures and lockouts are still logged
# --- end of login lockout ----------------------------------------------------------------------------------

# LOG_FORMAT=json: one JSON object a line. Phone numbers are masked either way (aremu/logs.py).
LOG_FORMAT = env.str("LOG_FORMAT", default="plain")
LOGGING: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"()": "aremu.logs.PlainFormatter", "format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
        "json": {"()": "aremu.logs.JsonFormatter"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json" if LOG_FORMAT == "json" else "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}

# --- WhatsApp Cloud API -------------------------------------------------------------------
WHATSAPP_VERIFY_TOKEN = env.str("WHATSAPP_VERIFY_TOKEN", default="")
WHATSAPP_APP_SECRET = env.str("WHATSAPP_APP_SECRET", default="")
WHATSAPP_ACCESS_TOKEN = env.str("WHATSAPP_ACCESS_TOKEN", default="")
WHATSAPP_PHONE_NUMBER_ID = env.str("WHATSAPP_PHONE_NUMBER_ID", default="")
WHATSAPP_API_VERSION = env.str("WHATSAPP_API_VERSION", default="v25.0")
WHATSAPP_API_BASE_URL = env.str("WHATSAPP_API_BASE_URL", default="https://graph.facebook.com").rstrip("/")
WHATSAPP_API_TIMEOUT = env.float("WHATSAPP_API_TIMEOUT", default=10.0)
# "cloud" when the access token and phone number id are set, otherwise the offline outbox.
WHATSAPP_TRANSPORT = env.str(
    "WHATSAPP_TRANSPORT",
    default="cloud" if (WHATSAPP_ACCESS_TOKEN and WHATSAPP_PHONE_NUMBER_ID) else "outbox",
)

# --- OpenAI ---------------------------------------------------------------------------------
OPENAI_API_KEY = env.str("OPENAI_API_KEY", default="")
OPENAI_BASE_URL = env.str("OPENAI_BASE_URL", default="")
OPENAI_MODEL = env.str("OPENAI_MODEL", default="gpt-4o-mini")
OPENAI_TIMEOUT = env.float("OPENAI_TIMEOUT", default=30.0)
OPENAI_MAX_RETRIES = env.int("OPENAI_MAX_RETRIES", default=3)

# --- Matching ---------------------------------------------------------------------------------
MATCH_THRESHOLD = env.float("MATCH_THRESHOLD", default=39.0)
# Compiled seekers each worker keeps in memory for matching (about 0.8 KB each: 160 MB at the default; README
# "Candidate index").
MATCH_SEEKER_CACHE = env.int("MATCH_SEEKER_CACHE", default=200_000)
# Each task worker of the batch cluster compiles up to MATCH_SEEKER_CACHE seekers when it starts (about 2 s and
# 100 MB per 100,000), so its first jobs are matched as fast as later ones.
MATCH_PRELOAD_SEEKERS = env.bool("MATCH_PRELOAD_SEEKERS", default=True)

# --- Delivery and the 24-hour window -----------------------------------------------------------
ALERT_DAILY_CAP = env.int("ALERT_DAILY_CAP", default=10)
QUIET_HOURS = env.str("QUIET_HOURS", default="22:00-07:00")
DEFAULT_TIMEZONE = env.str("DEFAULT_TIMEZONE", default="Africa/Lagos")
ALERT_BATCH_SECONDS = env.int("ALERT_BATCH_SECONDS", default=30)
# An approved template that may re-engage a user once after their window expired (paid; off by default).
WHATSAPP_REENGAGEMENT_TEMPLATE = env.str("WHATSAPP_REENGAGEMENT_TEMPLATE", default="")
WHATSAPP_REENGAGEMENT_TEMPLATE_LANGUAGE = env.str("WHATSAPP_REENGAGEMENT_TEMPLATE_LANGUAGE", default="en")
# Jobs grouped into one alert message (WhatsApp lists hold 10 rows: two per job).
ALERT_BATCH_MAX = env.int("ALERT_BATCH_MAX", default=5)
# Messages a second the pump hands to WhatsApp. The Cloud API allows 80/s per number, inbound included,
# and replies skip the pump: leave them room.
WHATSAPP_SEND_RATE = env.int("WHATSAPP_SEND_RATE", default=60)
# How long one pump task keeps draining before it hands over to the next (the schedule restarts it).
DELIVERY_PUMP_SECONDS = env.int("DELIVERY_PUMP_SECONDS", default=0 if TESTING else 50)
# Jobs a user may pull with "jobs" or the digest: active jobs first seen this many days ago at most.
ON_REQUEST_JOB_DAYS = env.int("ON_REQUEST_JOB_DAYS", default=14)

# --- Job sources ---------------------------------------------------------------------------------

# --- enhancement ---
# Parallel OpenAI calls per `enhance_jobs` run, and this process's share of the account's rate limits
# (tier 1, gpt-4o-mini: 500 requests and 200k tokens a minute). The client's own retries handle 429s beyond.
OPENAI_CONCURRENCY = env.int("OPENAI_CONCURRENCY", default=8)
OPENAI_REQUESTS_PER_MINUTE = env.int("OPENAI_REQUESTS_PER_MINUTE", default=450)
OPENAI_TOKENS_PER_MINUTE = env.int("OPENAI_TOKENS_PER_MINUTE", default=180_000)
# USD per million tokens; 0 uses the built-in price of known models (jobs/enhancement/openai_provider.py).
OPENAI_PRICE_INPUT_PER_MTOK = env.float("OPENAI_PRICE_INPUT_PER_MTOK", default=0.0)
OPENAI_PRICE_OUTPUT_PER_MTOK = env.float("OPENAI_PRICE_OUTPUT_PER_MTOK", default=0.0)
# Characters of description sent to the model (boilerplate removed first; ~4 characters a token).
ENHANCEMENT_INPUT_CHARS = env.int("ENHANCEMENT_INPUT_CHARS", default=6000)
# Jobs that fell back to offline fields while the API failed are retried this often, this many at a time.
ENHANCEMENT_RETRY_MINUTES = env.int("ENHANCEMENT_RETRY_MINUTES", default=15)
ENHANCEMENT_RETRY_BATCH = env.int("ENHANCEMENT_RETRY_BATCH", default=200)
# The OpenAI client's HTTP library logs every request at INFO; keep only its warnings.
LOGGING.setdefault("loggers", {})["httpx2"] = {"level": env.str("HTTPX_LOG_LEVEL", default="WARNING")}

# --- conversation ---
# How long a preferences-portal link sent on WhatsApp stays valid.
PORTAL_LINK_MAX_AGE_HOURS = env.int("PORTAL_LINK_MAX_AGE_HOURS", default=72)
# "auto": OpenAI structured output when OPENAI_API_KEY is set, else the offline rules; "rules": always offline.
PREFERENCE_EXTRACTOR = env.str("PREFERENCE_EXTRACTOR", default="auto")

# --- scam screening ---
# "auto": the offline rules, then OpenAI's opinion when OPENAI_API_KEY is set; "rules": the rules only.
SCREENING_PROVIDER = env.str("SCREENING_PROVIDER", default="auto")
# Seekers' reports that hold a job from everyone until an operator has looked at it.
SCREENING_REPORTS_TO_HOLD = env.int("SCREENING_REPORTS_TO_HOLD", default=3)

# Sent by every source; a current desktop browser's, because boards answer bots differently.
JOB_SOURCES_USER_AGENT = env.str(
    "JOB_SOURCES_USER_AGENT",
    default="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36",
)
# "guest": searches that list "linkedin" use our own guest-page source; "jobspy": leave LinkedIn to JobSpy.
LINKEDIN_SOURCE = env.str("LINKEDIN_SOURCE", default="guest")
LINKEDIN_BASE_URL = env.str("LINKEDIN_BASE_URL", default="https://www.linkedin.com").rstrip("/")
LINKEDIN_MIN_INTERVAL = env.float("LINKEDIN_MIN_INTERVAL", default=4.0)  # seconds between requests
LINKEDIN_BACKOFF_SECONDS = env.float("LINKEDIN_BACKOFF_SECONDS", default=5.0)
LINKEDIN_MAX_REQUESTS_PER_RUN = env.int("LINKEDIN_MAX_REQUESTS_PER_RUN", default=40)
LINKEDIN_FETCH_DESCRIPTIONS = env.bool("LINKEDIN_FETCH_DESCRIPTIONS", default=True)
JOBSPY_FETCH_DESCRIPTION = env.bool("JOBSPY_FETCH_DESCRIPTION", default=False)
GREENHOUSE_API_URL = env.str("GREENHOUSE_API_URL", default="https://boards-api.greenhouse.io").rstrip("/")
LEVER_API_URL = env.str("LEVER_API_URL", default="https://api.lever.co").rstrip("/")
WORKABLE_API_URL = env.str("WORKABLE_API_URL", default="https://apply.workable.com").rstrip("/")
ASHBY_API_URL = env.str("ASHBY_API_URL", default="https://api.ashbyhq.com").rstrip("/")
BOARDS_MIN_INTERVAL = env.float("BOARDS_MIN_INTERVAL", default=1.0)
# How often the scheduler looks for searches and boards that are due (each has its own interval).
SOURCES_TICK_MINUTES = env.int("SOURCES_TICK_MINUTES", default=10)
# At most this many due searches and boards start per tick, most overdue first (0 = no limit): the 36 seeded
# searches, all due at start-up, run over an hour instead of all at once, and stay spread after that.
SOURCES_PER_TICK = env.int("SOURCES_PER_TICK", default=6)
# Retention: a job no source has listed for JOB_STALE_DAYS, or posted more than JOB_MAX_AGE_DAYS ago, is
# archived; archived jobs no user was ever offered are deleted after JOB_PURGE_DAYS (0 = keep for ever).
JOB_STALE_DAYS = env.int("JOB_STALE_DAYS", default=21)
JOB_MAX_AGE_DAYS = env.int("JOB_MAX_AGE_DAYS", default=45)
JOB_PURGE_DAYS = env.int("JOB_PURGE_DAYS", default=180)
# A new job not matched this long after it was saved (a lost task, the broker down) is started again, at most
# once per lease.
PIPELINE_RETRY_MINUTES = env.int("PIPELINE_RETRY_MINUTES", default=5)
PIPELINE_LEASE_MINUTES = env.int("PIPELINE_LEASE_MINUTES", default=10)
# Large imports parse the next batches while this one is written (off: one thread does both, in turn).
INGEST_OVERLAP = env.bool("INGEST_OVERLAP", default=True)
# How many processes parse ahead: unset = cores - 1 (at least 1); 0 = a writer thread instead (as in Django-Q2 workers).
INGEST_WORKERS = env.int("INGEST_WORKERS", default=None)

# --- Operator console: the dashboard and alerts (console/alerts.py) ---------------------------------------------
# Alerts go by e-mail to OPERATOR_EMAILS (comma-separated) and, while that number's 24-hour window is open, as a
# WhatsApp text to OPERATOR_WHATSAPP (a number that has written to the bot). Mail: EMAIL_URL, e.g.
# smtp+tls://user:password@smtp.example.com:587; the default prints mails to the log.
OPERATOR_EMAILS = env.list("OPERATOR_EMAILS", default=[])
OPERATOR_WHATSAPP = env.str("OPERATOR_WHATSAPP", default="")
vars().update(env.email_url("EMAIL_URL", default="consolemail://"))  # EMAIL_BACKEND, EMAIL_HOST…, as its docs do
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="aremu@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# An alert repeats at most this often while its condition lasts; a recovery is sent once when it clears.
ALERT_REPEAT_MINUTES = env.int("ALERT_REPEAT_MINUTES", default=60)
ALERT_SOURCE_FAILED_RUNS = env.int("ALERT_SOURCE_FAILED_RUNS", default=3)  # consecutive failed runs of one source
ALERT_BACKLOG_MINUTES = env.int("ALERT_BACKLOG_MINUTES", default=10)  # the oldest due message has waited this long
ALERT_BACKLOG_MESSAGES = env.int("ALERT_BACKLOG_MESSAGES", default=5000)  # or this many messages are queued
ALERT_REPLY_P95_SECONDS = env.float("ALERT_REPLY_P95_SECONDS", default=30.0)  # over the last hour
ALERT_REPLY_MIN_MESSAGES = env.int("ALERT_REPLY_MIN_MESSAGES", default=5)  # fewer in the hour: no p95 judged
ALERT_WEBHOOK_ERRORS = env.int("ALERT_WEBHOOK_ERRORS", default=20)  # refused POSTs + failed inbound, 15 minutes
ALERT_OPENAI_FAILURES = env.int("ALERT_OPENAI_FAILURES", default=20)  # jobs that fell back offline, 15 minutes

# --- Tracked Apply links, operator API (issue 15) -------------------------------------------------------
# An Apply link in an alert (`/a/<token>/`) redirects for this many days, then answers 410.
APPLY_LINK_DAYS = env.int("APPLY_LINK_DAYS", default=90)
# The API: token authentication for integrations (admin → Tokens, or `manage.py drf_create_token <username>`),
# filters, one error shape and an OpenAPI schema (/api/schema/, /api/docs/). Token first: an anonymous caller gets
# 401 with `WWW-Authenticate: Token` rather than a browser's password prompt.
INSTALLED_APPS += ["rest_framework.authtoken", "django_filters", "drf_spectacular"]
REST_FRAMEWORK["DEFAULT_AUTHENTICATION_CLASSES"] = [
    "rest_framework.authentication.TokenAuthentication",
    "aremu.api_access.LockoutBasicAuthentication",
    "rest_framework.authentication.SessionAuthentication",
]
REST_FRAMEWORK |= {
    "DEFAULT_PAGINATION_CLASS": "aremu.api_conventions.Pages",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend",
                                "rest_framework.filters.OrderingFilter"],
    "EXCEPTION_HANDLER": "aremu.api_conventions.error_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Aremu API",
    "DESCRIPTION": "Jobs, seekers, what they were sent and why, and engagement. Staff only; each list needs its "
                   "model's view permission. Authenticate with `Authorization: Token <key>`.",
    "VERSION": "1",
    "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAdminUser"],
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {"PreferenceSalaryPeriodEnum": "accounts.models.SalaryPeriod"},
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums",
                             "aremu.api_conventions.error_responses_hook"],
}
