"""The Cloud API client against a local server speaking the Graph API: bodies, errors, back-off, timeouts."""

from __future__ import annotations

import logging

import pytest

from aremu.testing.http import Recorded, Reply, serve
from delivery import messages
from delivery.transports import TransportError, _build, get_transport, transport_for
from delivery.transports.cloud import CloudApiTransport, health

PHONE_ID = "1122334455667"
TO = "+2348031234567"


def accepted(request: Recorded) -> Reply:
    return Reply(200, {"messaging_product": "whatsapp", "contacts": [{"input": TO, "wa_id": TO[1:]}],
                       "messages": [{"id": f"wamid.{len(request.body)}"}]})


def graph_error(code: int, status: int = 400, message: str = "(#x) error", **headers: str):
    body = {"error": {"message": message, "type": "OAuthException", "code": code,
                      "error_data": {"messaging_product": "whatsapp", "details": "details here"},
                      "fbtrace_id": "Abc"}}
    return lambda request: Reply(status, body, headers=dict(headers))


@pytest.fixture
def cloud(settings):
    def make(server) -> CloudApiTransport:
        settings.WHATSAPP_API_BASE_URL = server.url
        settings.WHATSAPP_PHONE_NUMBER_ID = PHONE_ID
        settings.WHATSAPP_ACCESS_TOKEN = "EAAG-token"
        settings.WHATSAPP_API_TIMEOUT = 0.5
        settings.WHATSAPP_TRANSPORT = "cloud"
        return CloudApiTransport()

    yield make
    _build.cache_clear()  # get_transport() caches built transports: don't leak one aimed at a dead server


PAYLOADS = {
    "text": messages.text("Hello"),
    "buttons": messages.buttons("Pick one", [("job:1:why", "Why?"), ("job:1:nfm", "Not for me")]),
    "list": messages.list_message("Jobs", button="See jobs", rows=[("job:1:why", "Backend dev", "Lagos")]),
    "cta_url": messages.cta_url("Apply now", display_text="Apply", url="https://example.com/apply"),
    "template": messages.template("job_alert", language="en", body_params=["Ada", "3"]),
}


@pytest.mark.django_db
@pytest.mark.parametrize("kind", PAYLOADS)
def test_it_posts_each_message_kind_to_the_graph_api(cloud, kind):
    with serve(accepted) as server:
        provider_id = cloud(server).send(to=TO, payload=PAYLOADS[kind])
    request = server.requests[0]
    assert provider_id.startswith("wamid.")
    assert (request.method, request.path) == ("POST", f"/v25.0/{PHONE_ID}/messages")
    assert request.headers["Authorization"] == "Bearer EAAG-token"
    assert request.json() == {"messaging_product": "whatsapp", "recipient_type": "individual", "to": TO,
                              **PAYLOADS[kind]}


@pytest.mark.django_db
@pytest.mark.parametrize("code", [131047, 131026, 131050, 100, 132001])
def test_errors_that_can_never_succeed_for_that_message_are_permanent(cloud, code):
    with serve(graph_error(code)) as server, pytest.raises(TransportError) as caught:
        cloud(server).send(to=TO, payload=PAYLOADS["text"])
    assert (caught.value.code, caught.value.permanent) == (str(code), True)
    assert "details here" in str(caught.value)


@pytest.mark.django_db
@pytest.mark.parametrize(("code", "status", "wait"), [(130429, 400, None), (131056, 400, 60.0), (131000, 500, None),
                                                      (2, 503, None)])
def test_rate_limits_and_outages_are_transient_with_a_back_off(cloud, code, status, wait):
    with serve(graph_error(code, status)) as server, pytest.raises(TransportError) as caught:
        cloud(server).send(to=TO, payload=PAYLOADS["text"])
    assert (caught.value.code, caught.value.permanent, caught.value.retry_after) == (str(code), False, wait)


@pytest.mark.django_db
def test_a_retry_after_header_wins_over_the_default_back_off(cloud):
    with serve(graph_error(130429, 429, **{"Retry-After": "7"})) as server, pytest.raises(TransportError) as caught:
        cloud(server).send(to=TO, payload=PAYLOADS["text"])
    assert caught.value.retry_after == 7.0


@pytest.mark.django_db
def test_a_bare_server_error_without_a_graph_body_is_transient(cloud):
    with serve(lambda r: Reply(502, "<html>Bad gateway</html>")) as server, pytest.raises(TransportError) as caught:
        cloud(server).send(to=TO, payload=PAYLOADS["text"])
    assert (caught.value.code, caught.value.permanent) == ("http_502", False)


@pytest.mark.django_db
def test_a_timeout_is_transient(cloud):
    with serve(lambda r: Reply(200, {}, delay=2)) as server, pytest.raises(TransportError) as caught:
        cloud(server).send(to=TO, payload=PAYLOADS["text"])
    assert (caught.value.code, caught.value.permanent) == ("timeout", False)


@pytest.mark.django_db
def test_an_unreachable_server_is_transient(cloud, settings):
    with serve(accepted) as server:
        transport = cloud(server)
    with pytest.raises(TransportError) as caught:  # the server is gone now
        transport.send(to=TO, payload=PAYLOADS["text"])
    assert caught.value.permanent is False


@pytest.mark.django_db
def test_an_accepted_send_without_an_id_is_not_retried(cloud):
    # Meta may have taken it: a retry could deliver twice.
    with serve(lambda r: Reply(200, {"messages": []})) as server, pytest.raises(TransportError) as caught:
        cloud(server).send(to=TO, payload=PAYLOADS["text"])
    assert (caught.value.code, caught.value.permanent) == ("bad_response", True)


@pytest.mark.django_db
def test_a_token_error_is_permanent_alerts_the_operator_and_shows_on_health(cloud, caplog, admin_client):
    with serve(graph_error(190, 401, "Error validating access token: Session has expired")) as server:
        transport = cloud(server)
        with caplog.at_level(logging.ERROR), pytest.raises(TransportError) as caught:
            transport.send(to=TO, payload=PAYLOADS["text"])
        assert caught.value.permanent is True
        assert any(r.levelno == logging.ERROR and "190" in r.getMessage() for r in caplog.records)
        with pytest.raises(RuntimeError, match="access token refused"):
            health()
        whatsapp = admin_client.get("/health/").json()["checks"]["whatsapp"]
        assert whatsapp["ok"] is False and "190" in whatsapp["error"]
        server.set_handler(accepted)
        transport.send(to=TO, payload=PAYLOADS["text"])
    assert health()["transport"] == "cloud"


@pytest.mark.django_db
def test_health_reports_the_outbox_when_offline(settings):
    settings.WHATSAPP_TRANSPORT = "outbox"
    assert health() == {"transport": "outbox"}


@pytest.mark.django_db
def test_a_simulated_number_never_reaches_the_api(cloud):
    from delivery.models import SimulatedNumber

    SimulatedNumber.objects.create(phone_number=TO)
    with serve(accepted) as server:
        transport = cloud(server)
        assert transport.send(to=TO, payload=PAYLOADS["text"]).startswith("outbox.")
        assert transport_for(TO).name == "outbox"
        assert transport_for("+2348039999999").name == "cloud"
    assert server.requests == []


@pytest.mark.django_db
def test_transport_for_is_the_outbox_whenever_the_default_is(settings):
    settings.WHATSAPP_TRANSPORT = "outbox"
    assert transport_for(TO) is get_transport("outbox")
