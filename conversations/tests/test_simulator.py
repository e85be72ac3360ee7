"""The chat simulator: staff only, through the signed webhook, and always on the outbox."""

from __future__ import annotations

import pytest

from accounts.tests.factories import UserFactory
from conversations.models import InboundMessage
from conversations.simulator import SimulatorError, Typed, envelope, simulate
from conversations.tests.helpers import SECRET
from conversations.webhook import signature_valid
from delivery.models import SimulatedNumber

pytestmark = pytest.mark.django_db

PHONE = "+2348035550000"


@pytest.fixture(autouse=True)
def _secret(app_secret):
    return app_secret


@pytest.fixture
def staff_client(client, django_user_model):
    staff = django_user_model.objects.create_user("op", password="pw", is_staff=True)
    client.force_login(staff)
    return client


@pytest.mark.parametrize("url", ["/simulator/", "/simulator/messages/?phone=" + PHONE])
def test_the_simulator_is_for_staff_only(client, django_user_model, url):
    assert client.get(url).status_code == 302
    client.force_login(django_user_model.objects.create_user("seeker", password="pw"))
    assert client.get(url).status_code == 302
    assert client.post("/simulator/send/", {"phone": PHONE, "text": "hi"}).status_code == 302
    assert InboundMessage.objects.count() == 0


def test_the_page_renders_for_staff(staff_client):
    response = staff_client.get("/simulator/?phone=%2B2348035550000")
    assert response.status_code == 200
    assert b"Aremu simulator" in response.content and b"+2348035550000" in response.content


def test_a_typed_message_goes_through_the_webhook_and_the_reply_comes_back(
    staff_client, settings, django_capture_on_commit_callbacks
):
    settings.WHATSAPP_APP_SECRET, settings.DEBUG = SECRET, False
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post("/simulator/send/", {"phone": "0803 555 0000", "text": "I want a job"},
                                     content_type="application/json")
    assert response.status_code == 200
    history = staff_client.get("/simulator/messages/", {"phone": PHONE}).json()["messages"]
    assert [m["dir"] for m in history] == ["in", "out"]
    assert history[0]["text"] == "I want a job"
    assert history[1]["payload"]["type"] == "text" and history[1]["transport"] == "outbox"
    assert SimulatedNumber.objects.filter(phone_number=PHONE).exists()


def test_a_tapped_button_arrives_as_a_button_reply(staff_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post("/simulator/send/", {"phone": PHONE, "reply_id": "job:1:why", "text": "Why?",
                                               "reply_kind": "button"}, content_type="application/json")
    inbound = InboundMessage.objects.get()
    assert (inbound.message_type, inbound.reply_id, inbound.text) == ("interactive", "job:1:why", "Why?")
    assert inbound.payload["interactive"]["type"] == "button_reply"


def test_a_chosen_list_row_arrives_as_a_list_reply():
    body = envelope(phone=PHONE, typed=Typed(text="3-5 years", reply_id="exp:3", reply_kind="list"))
    message = body["entry"][0]["changes"][0]["value"]["messages"][0]
    assert message["interactive"] == {"type": "list_reply", "list_reply": {"id": "exp:3", "title": "3-5 years"}}
    assert message["from"] == PHONE[1:]


def test_it_signs_the_body_with_the_app_secret(settings, monkeypatch):
    settings.WHATSAPP_APP_SECRET, settings.DEBUG = SECRET, False
    seen = {}

    def receive(*, body, signature):
        seen["valid"] = signature_valid(body, signature, SECRET)
        from conversations.webhook import Outcome

        return Outcome(status=200)

    monkeypatch.setattr("conversations.simulator.webhook_receive", receive)
    simulate(raw_phone=PHONE, typed=Typed(text="hi"))
    assert seen == {"valid": True}


def test_without_a_secret_it_only_works_in_debug(staff_client, settings):
    settings.WHATSAPP_APP_SECRET, settings.DEBUG = "", False
    response = staff_client.post("/simulator/send/", {"phone": PHONE, "text": "hi"}, content_type="application/json")
    assert response.status_code == 400
    assert "WHATSAPP_APP_SECRET" in response.json()["error"]
    assert InboundMessage.objects.count() == 0


def test_a_real_seekers_number_is_refused(staff_client):
    UserFactory(phone_number=PHONE)
    response = staff_client.post("/simulator/send/", {"phone": PHONE, "text": "hi"}, content_type="application/json")
    assert response.status_code == 400
    assert "real seeker" in response.json()["error"]
    assert not SimulatedNumber.objects.exists()


@pytest.mark.parametrize(("data", "error"), [({"phone": "12", "text": "hi"}, "phone number"),
                                             ({"phone": PHONE, "text": "  "}, "Type a message")])
def test_bad_input_gets_a_clear_error(staff_client, data, error):
    response = staff_client.post("/simulator/send/", data, content_type="application/json")
    assert response.status_code == 400
    assert error in response.json()["error"]


def test_bad_json_gets_a_400(staff_client):
    response = staff_client.post("/simulator/send/", b"{nope", content_type="application/json")
    assert response.status_code == 400


def test_the_history_of_a_number_never_simulated_is_empty(staff_client):
    UserFactory(phone_number=PHONE)
    assert staff_client.get("/simulator/messages/", {"phone": PHONE}).json() == {"messages": []}


def test_simulating_again_keeps_the_same_number_simulated():
    simulate(raw_phone=PHONE, typed=Typed(text="one"))
    simulate(raw_phone=PHONE, typed=Typed(text="two"))
    assert SimulatedNumber.objects.count() == 1
    with pytest.raises(SimulatorError):
        simulate(raw_phone="nonsense", typed=Typed(text="x"))
